import type { APIRoute } from "astro";
import { chartRoutes } from "../../../../charts/registry.ts";
import { cardPath } from "../../../../lib/chart/paths.ts";
import type { ChartSpec } from "../../../../lib/chart/types.ts";
import { socialCard } from "../../../../lib/social/card.ts";
import { chartCardInput, chartPicture } from "../../../../lib/social/cards.ts";
import { prefetch } from "../../../../lib/social/prefetch.ts";
import { pngResponse } from "../../../../lib/social/raster.ts";

/** The chart's social card (cardPath): its subject, title, a small drawing of the chart, and source. */
const cards = prefetch(cardPath, async (spec: ChartSpec) => socialCard(chartCardInput(spec, await chartPicture(spec))));

/** Every chart's card is queued at once in a build, so the thread pool rasterises them while pages render. */
export const getStaticPaths = (): ReturnType<typeof chartRoutes> => cards.queued(chartRoutes());

export const GET: APIRoute<{ spec: ChartSpec }> = async ({ props }) => pngResponse(await cards.take(props.spec));
