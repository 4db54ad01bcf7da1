import type { APIRoute } from "astro";
import { chartRoutes } from "../../../charts/registry.ts";
import { chartCsv } from "../../../lib/csv.ts";
import type { ChartSpec } from "../../../lib/chart/types.ts";

export const getStaticPaths = chartRoutes;

/** Exactly the data a chart draws, with source, licence and release on every row. */
export const GET: APIRoute<{ spec: ChartSpec }> = ({ props }) =>
  new Response(chartCsv(props.spec), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
