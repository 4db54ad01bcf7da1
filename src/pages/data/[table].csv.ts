import type { APIRoute } from "astro";
import { TABLES, tableCsv, type TableName } from "./_tables.ts";

export function getStaticPaths(): { params: { table: TableName } }[] {
  return TABLES.map((table) => ({ params: { table } }));
}

/** data/<table>.csv with `published_by` and `licence` on every row. */
export const GET: APIRoute = ({ params }) =>
  new Response(tableCsv(params["table"] as TableName), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
