import type { APIRoute } from "astro";
import { chartRoutes } from "../../../charts/registry.ts";
import { standaloneSvg } from "../../../lib/chart/standalone.ts";
import type { ChartSpec } from "../../../lib/chart/types.ts";
import { pngResponse, svgToPalettePng } from "../../../lib/social/raster.ts";

export const getStaticPaths = chartRoutes;

/** The standalone SVG rasterised at 2x with the bundled Source Sans 3, in a 256-colour palette (pngPath). */
export const GET: APIRoute<{ spec: ChartSpec }> = async ({ props }) =>
  pngResponse(await svgToPalettePng(standaloneSvg(props.spec), 2));
