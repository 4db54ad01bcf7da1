/**
 * Children in care at 31 March 2024 who had three or more social workers during the year (DfE, la_cla_swcount.csv):
 * one row per area as DfE publishes it (England, regions, each council), the two counts side by side and the share.
 * Councils keep their own rows here (Kingston upon Thames and Richmond upon Thames are separate in this file).
 */
import { cell } from "../lib/cells.ts";
import { PipelineError } from "../lib/errors.ts";
import { parseDfeValue } from "../lib/values.ts";
import { SW_THREE_PLUS, SW_TOTAL, type Loaded } from "./inputs.ts";
import { round } from "./measures.ts";
import type { ContextRow } from "./parse.ts";
import type { CouncilInfo } from "./resolve.ts";

/** Columns of cla_social_workers_2024.csv. */
export const SW_COLUMNS = [
  "time_period",
  "count_date",
  "geographic_level",
  "region_code",
  "region_name",
  "old_la_code",
  "new_la_code",
  "la_name",
  "council_slug",
  "total_children",
  "total_children_status",
  "number",
  "number_status",
  "percentage",
  "percentage_status",
  "share",
  "share_status",
] as const;

const areaKey = (r: ContextRow): string => `${String(r.year)}|${r.level}|${r.regionCode}|${r.code}`;

function outRow(total: ContextRow, three: ContextRow, pct: { value: number | null; status: string }, slug: string) {
  const t = total.value;
  const n = three.value;
  const share =
    t.value !== null && n.value !== null && t.value > 0
      ? { value: round((n.value / t.value) * 100, 2), status: "" }
      : { value: "", status: n.status || t.status || "z" };
  return {
    time_period: String(three.year),
    count_date: `${String(three.year)}-03-31`,
    geographic_level: three.level,
    region_code: three.regionCode,
    region_name: three.regionName,
    old_la_code: three.code,
    new_la_code: three.newCode,
    la_name: three.name,
    council_slug: slug,
    total_children: t.value === null ? "" : String(t.value),
    total_children_status: t.status,
    number: n.value === null ? "" : String(n.value),
    number_status: n.status,
    percentage: pct.value === null ? "" : String(pct.value),
    percentage_status: pct.status,
    share: share.value,
    share_status: share.status,
  };
}

/** Pair each area's two rows; stop on an area with one row or a council code not in councils.csv. */
export function buildSocialWorkers(
  loaded: Loaded,
  councils: ReadonlyMap<string, CouncilInfo>,
): { rows: Record<string, string>[]; log: string[] } {
  const totals = new Map(loaded.rows.filter((r) => r.kind === SW_TOTAL).map((r) => [areaKey(r), r]));
  const threes = loaded.rows.filter((r) => r.kind === SW_THREE_PLUS);
  const rows = threes.map((three) => {
    const total = totals.get(areaKey(three));
    if (!total)
      throw new PipelineError(loaded.table.file, three.line, "sw_stability", `no "${SW_TOTAL}" row for this area`);
    totals.delete(areaKey(three));
    const slug = three.level === "Local authority" ? councils.get(three.code)?.slug : "";
    if (slug === undefined)
      throw new PipelineError(loaded.table.file, three.line, "old_la_code", `unknown council code ${three.code}`);
    const pct = cell(loaded.table, three.index, "percentage", parseDfeValue);
    if (pct.value !== null && (pct.value < 0 || pct.value > 100))
      throw new PipelineError(loaded.table.file, three.line, "percentage", `${String(pct.value)} is outside 0-100`);
    return outRow(total, three, pct, slug);
  });
  const [orphan] = totals.values();
  if (orphan)
    throw new PipelineError(loaded.table.file, orphan.line, "sw_stability", `no "${SW_THREE_PLUS}" row for this area`);
  const symbols = rows.filter((r) => r.share_status !== "").length;
  return {
    rows,
    log: [
      `${loaded.table.file}: read ${String(loaded.rows.length)}, used ${String(loaded.rows.length)} (two rows per area)`,
      `cla_social_workers_2024.csv: written ${String(rows.length)} (England, ${String(rows.filter((r) => r.geographic_level === "Regional").length)} regions, ${String(rows.filter((r) => r.geographic_level === "Local authority").length)} councils); share: ${String(symbols)} symbols with reasons`,
    ],
  };
}
