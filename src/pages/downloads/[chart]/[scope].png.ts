import type { APIRoute } from "astro";
import { chartRoutes } from "../../../charts/registry.ts";
import { pngPath } from "../../../lib/chart/paths.ts";
import { standaloneSvg } from "../../../lib/chart/standalone.ts";
import type { ChartSpec } from "../../../lib/chart/types.ts";
import { prefetch } from "../../../lib/social/prefetch.ts";
import { pngResponse, svgToPalettePng } from "../../../lib/social/raster.ts";

/** The standalone SVG rasterised at 2x with the bundled Source Sans 3, in a 256-colour palette (pngPath). */
const pngs = prefetch(pngPath, (spec: ChartSpec) => svgToPalettePng(standaloneSvg(spec), 2));

/** Every chart's PNG is queued at once in a build, so the thread pool rasterises them while pages render. */
export const getStaticPaths = (): ReturnType<typeof chartRoutes> => pngs.queued(chartRoutes());

export const GET: APIRoute<{ spec: ChartSpec }> = async ({ props }) => pngResponse(await pngs.take(props.spec));
