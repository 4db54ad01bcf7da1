import type { APIRoute } from "astro";
import type { Council } from "../../../lib/data/councils.ts";
import { neighbourSet, prerenderedCouncils } from "../../../lib/compare/data.ts";
import { socialCard } from "../../../lib/social/card.ts";
import { compareCardInput } from "../../../lib/social/cards.ts";
import { pngResponse } from "../../../lib/social/raster.ts";

export function getStaticPaths(): { params: { slug: string }; props: { council: Council } }[] {
  return prerenderedCouncils().map((council) => ({ params: { slug: council.slug }, props: { council } }));
}

/** A prerendered comparison's card (compareCardPath): each council's latest official caseload and England's. */
export const GET: APIRoute<{ council: Council }> = async ({ props }) =>
  pngResponse(await socialCard(compareCardInput(neighbourSet(props.council))));
