import type { APIRoute } from "astro";
import type { Council } from "../../../lib/data/councils.ts";
import { socialCard } from "../../../lib/social/card.ts";
import { cardCouncils, councilCardInput } from "../../../lib/social/cards.ts";
import { pngResponse } from "../../../lib/social/raster.ts";

export function getStaticPaths(): { params: { slug: string }; props: { council: Council } }[] {
  return cardCouncils().map((council) => ({ params: { slug: council.slug }, props: { council } }));
}

/** A council's social card (councilCardPath): its latest official caseload beside England's. */
export const GET: APIRoute<{ council: Council }> = async ({ props }) =>
  pngResponse(await socialCard(councilCardInput(props.council)));
