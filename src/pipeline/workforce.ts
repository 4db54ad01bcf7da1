/**
 * Workforce step: DfE rows -> data/workforce.csv. One output row per DfE row (England, regions, councils);
 * England and region values are DfE's own, never recomputed. Symbols stay symbols: empty value + status.
 */
import { PipelineError } from "./lib/errors.ts";
import type { Registry } from "./councils.ts";
import { VALUE_COLUMNS, type WorkforceInput } from "./workforceParse.ts";
import { columnsOf } from "../lib/data/schema.ts";

/** Columns of data/workforce.csv, in order: the schema's (src/lib/data/schema.ts): DfE keys, each value with its
 * _status, then our join keys. */
export const WORKFORCE_COLUMNS: readonly string[] = columnsOf("workforce");

/** Harmonise validated rows: attach council slugs, assert one row per council-year. */
export function harmoniseWorkforce(rows: WorkforceInput[], reg: Registry, file: string): Record<string, string>[] {
  // Process data.
  const seen = new Map<string, number>();
  return rows.map((w) => {
    const out: Record<string, string> = { ...w.keys };
    for (const c of VALUE_COLUMNS) {
      const v = w.values[c];
      out[c] = v.value === null ? "" : String(v.value);
      out[`${c}_status`] = v.status;
    }
    const codes = w.keys.geographic_level === "Local authority" ? w.keys.old_la_code.split(" / ") : [];
    const slugs = codes.map((code) => {
      const c = reg.byDfe.get(code);
      if (!c) throw new PipelineError(file, w.line, "old_la_code", `unknown council code ${code}`);
      return c.slug;
    });
    // Unique key: area-year. A council may appear in only one row a year (its own or a joint one).
    const keys = slugs.length ? slugs : [`${w.keys.geographic_level}:${w.keys.region_code}`];
    for (const k of keys) {
      const prev = seen.get(`${k}|${String(w.year)}`);
      if (prev !== undefined)
        throw new PipelineError(
          file,
          w.line,
          "old_la_code",
          `duplicate council-year: ${k} ${String(w.year)} already on line ${String(prev)}`,
        );
      seen.set(`${k}|${String(w.year)}`, w.line);
    }
    out["council_slugs"] = slugs.join(";");
    out["joint"] = slugs.length > 1 ? "true" : "false";
    return out;
  });
}
