import type { APIRoute } from "astro";
import { chartRoutes } from "../../../../charts/registry.ts";
import type { ChartSpec } from "../../../../lib/chart/types.ts";
import { socialCard } from "../../../../lib/social/card.ts";
import { chartCardInput, chartPicture } from "../../../../lib/social/cards.ts";
import { pngResponse } from "../../../../lib/social/raster.ts";

export const getStaticPaths = chartRoutes;

/** The chart's social card (cardPath): its subject, title, a small drawing of the chart, and source. */
export const GET: APIRoute<{ spec: ChartSpec }> = async ({ props }) =>
  pngResponse(await socialCard(chartCardInput(props.spec, chartPicture(props.spec))));
