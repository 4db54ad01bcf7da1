/**
 * Row accounting of the context step: for each raw file, rows read, rows used in council_context.csv and rows not
 * used, grouped by reason.
 */
import type { Loaded } from "./inputs.ts";
import type { ContextRow } from "./parse.ts";
import type { ContextIndex } from "./resolve.ts";

function reason(r: ContextRow, usedKinds: ReadonlySet<string>, usedYears: ReadonlySet<number>): string {
  if (!usedKinds.has(r.kind)) return `other count ("${r.kind}"), not used`;
  if (r.value.status === "z") return "DfE symbol z (the council did not exist that year)";
  if (!usedYears.has(r.year)) return "year not paired with a workforce census (censuses 2017-2025)";
  return "no workforce row for this area that year";
}

/** Accounting lines for one file. */
export function accountFile(loaded: Loaded, index: ContextIndex): string[] {
  const used = index.used;
  const kinds = new Set([...used].map((r) => r.kind));
  const years = new Set([...used].map((r) => r.year));
  const excluded = new Map<string, ContextRow[]>();
  for (const r of loaded.rows) {
    if (used.has(r)) continue;
    const why = reason(r, kinds, years);
    excluded.set(why, [...(excluded.get(why) ?? []), r]);
  }
  const lines = [`${loaded.table.file}: read ${String(loaded.rows.length)}, used ${String(used.size)}`];
  for (const [why, rows] of [...excluded].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const list =
      rows.length <= 12 ? ` (${rows.map((r) => `${r.name || r.regionCode} ${String(r.year)}`).join(", ")})` : "";
    lines.push(`  excluded ${String(rows.length)}: ${why}${list}`);
  }
  return lines;
}
