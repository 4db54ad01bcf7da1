import type { APIRoute } from "astro";
import { allTestimony, type Testimony } from "../../../lib/data/reported.ts";
import { socialCard } from "../../../lib/social/card.ts";
import { testimonyCardInput } from "../../../lib/social/cards.ts";
import { pngResponse } from "../../../lib/social/raster.ts";

export function getStaticPaths(): { params: { id: string }; props: { testimony: Testimony } }[] {
  return allTestimony().map((testimony) => ({ params: { id: testimony.id }, props: { testimony } }));
}

/** A testimony's social card (testimonyCardPath): the caseload range given, or a short quote. */
export const GET: APIRoute<{ testimony: Testimony }> = async ({ props }) =>
  pngResponse(await socialCard(testimonyCardInput(props.testimony)));
