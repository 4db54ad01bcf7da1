import type { APIRoute } from "astro";
import { allCouncils, getCouncil } from "../../../lib/data/councils.ts";
import { councilCsv } from "../../../lib/kit/csv.ts";

export function getStaticPaths(): { params: { slug: string } }[] {
  return allCouncils().map((c) => ({ params: { slug: c.slug } }));
}

/** /data/councils/<slug>.csv: all the council's figures in one tidy table (src/lib/kit/csv.ts). */
export const GET: APIRoute = ({ params }) => {
  const c = getCouncil(params["slug"] ?? "");
  if (!c) throw new Error(`no council ${params["slug"] ?? ""}`);
  return new Response(councilCsv(c), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
