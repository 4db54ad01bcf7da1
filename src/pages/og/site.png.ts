import type { APIRoute } from "astro";
import { socialCard } from "../../lib/social/card.ts";
import { siteCardInput } from "../../lib/social/cards.ts";
import { pngResponse } from "../../lib/social/raster.ts";

/** The site's default social card (Base.astro's `image` default). */
export const GET: APIRoute = async () => pngResponse(await socialCard(siteCardInput()));
