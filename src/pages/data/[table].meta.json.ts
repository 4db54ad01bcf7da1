import type { APIRoute } from "astro";
import { TABLES, metaOf, type TableName } from "./_tables.ts";

export function getStaticPaths(): { params: { table: TableName } }[] {
  return TABLES.map((table) => ({ params: { table } }));
}

/** data/<table>.meta.json as the pipeline wrote it: provenance, licences, caveats and column descriptions. */
export const GET: APIRoute = ({ params }) =>
  new Response(`${JSON.stringify(metaOf(params["table"] as TableName), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
