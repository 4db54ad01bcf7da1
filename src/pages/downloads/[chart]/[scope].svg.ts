import type { APIRoute } from "astro";
import { chartRoutes } from "../../../charts/registry.ts";
import { standaloneSvg } from "../../../lib/chart/standalone.ts";
import type { ChartSpec } from "../../../lib/chart/types.ts";

export const getStaticPaths = chartRoutes;

/** The chart as a standalone SVG with its title, source and licence drawn in. */
export const GET: APIRoute<{ spec: ChartSpec }> = ({ props }) =>
  new Response(standaloneSvg(props.spec), { headers: { "Content-Type": "image/svg+xml" } });
