/** /compare/<council>.csv: every figure of a prerendered comparison (the council and its statistical neighbours). */
import type { APIRoute } from "astro";
import type { Council } from "../../lib/data/councils.ts";
import { neighbourSet, prerenderedCouncils } from "../../lib/compare/data.ts";
import { compareCsv } from "../../lib/compare/csv.ts";
import { DFE_SOURCE } from "../../lib/chart/sources.ts";
import { CIN_SOURCE } from "../../charts/realityCheck/sources.ts";

export function getStaticPaths(): { params: { slug: string }; props: { council: Council } }[] {
  return prerenderedCouncils().map((council) => ({ params: { slug: council.slug }, props: { council } }));
}

/** Children in need per case holder pairs DfE's workforce figures with its children-in-need census. */
const sourcesOf = (measure: string) =>
  measure === "cin_per_case_holder_fte" ? [DFE_SOURCE, CIN_SOURCE] : [DFE_SOURCE];

export const GET: APIRoute<{ council: Council }> = ({ props }) =>
  new Response(compareCsv(neighbourSet(props.council), sourcesOf), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
