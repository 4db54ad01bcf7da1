import type { APIRoute } from "astro";
import { chartRoutes } from "../../../charts/registry.ts";
import { standaloneSvg } from "../../../lib/chart/standalone.ts";
import type { ChartSpec } from "../../../lib/chart/types.ts";
import { pngResponse, svgToPng } from "../../../lib/social/raster.ts";

export const getStaticPaths = chartRoutes;

/** The standalone SVG rasterised at 2x with the bundled Source Sans 3 (pngPath). */
export const GET: APIRoute<{ spec: ChartSpec }> = ({ props }) => pngResponse(svgToPng(standaloneSvg(props.spec), 2));
