/**
 * Parse and validate DfE's Children's social work workforce indicators (csww_indicators_2017_to_2025.csv).
 * Pure: takes a parsed Table, returns typed rows; every fault is a PipelineError naming line and column.
 */
import { z } from "astro/zod";
import type { Table } from "./lib/csv.ts";
import { PipelineError, parseWithFriendlyErrors } from "./lib/errors.ts";
import { parseDfeValue, type DfeValue } from "./lib/values.ts";
import { VALUE_COLUMNS, workforceProblems, today, type ValueColumn } from "../lib/data/rules.ts";

/** DfE key columns kept in data/workforce.csv, in order. */
export const KEY_COLUMNS = [
  "time_period",
  "geographic_level",
  "region_code",
  "region_name",
  "old_la_code",
  "new_la_code",
  "la_name",
] as const;

/** Columns DfE repeats on every row with one value (the release's fixed context): dropped, and logged. */
export const DROPPED_COLUMNS = ["time_identifier", "country_code", "country_name"] as const;

/** Every value column, under DfE's own names (src/lib/data/rules.ts, shared with the build's reader). */
export { VALUE_COLUMNS, CASELOAD_MAX } from "../lib/data/rules.ts";

const keySchema = z
  .object({
    /** Reporting year: position at 30 September of that year. */
    time_period: z
      .string()
      .regex(/^20[12]\d$/, "time_period must be a year 2010-2029")
      .refine((y) => y <= today().slice(0, 4), "time_period is a year in the future"),
    /** National, Regional or Local authority. */
    geographic_level: z.enum(["National", "Regional", "Local authority"], { message: "unknown geographic_level" }),
    /** ONS region code (E12) or DfE London sub-region (E13); empty on the National row. */
    region_code: z.string().regex(/^(E1[23]\d{6})?$/, "region_code must be an E12/E13 code or empty"),
    region_name: z.string(),
    /** DfE 3-digit LA number; a joint row holds "314 / 318". */
    old_la_code: z.string().regex(/^(\d{3}( \/ \d{3})*)?$/, "old_la_code must be 3-digit DfE code(s)"),
    /** ONS code(s) matching old_la_code. */
    new_la_code: z.string().regex(/^(E\d{8}( \/ E\d{8})*)?$/, "new_la_code must be ONS code(s)"),
    la_name: z.string(),
  })
  .refine((r) => r.geographic_level !== "Local authority" || r.old_la_code !== "", {
    message: "Local authority row has no old_la_code",
    path: ["old_la_code"],
  });

/** One validated DfE row. */
export interface WorkforceInput {
  line: number;
  year: number;
  keys: Record<(typeof KEY_COLUMNS)[number], string>;
  values: Record<ValueColumn, DfeValue>;
}

/** Validate every row: key columns by schema, values as number-or-symbol, rates 0-100, caseload 0-60. */
export function parseWorkforce(table: Table): WorkforceInput[] {
  const known = new Set<string>([...KEY_COLUMNS, ...DROPPED_COLUMNS, ...VALUE_COLUMNS]);
  for (const c of [...KEY_COLUMNS, ...VALUE_COLUMNS]) {
    if (!table.fields.includes(c))
      throw new PipelineError(table.file, 1, c, "required column is missing from the header");
  }
  for (const f of table.fields) {
    if (!known.has(f)) throw new PipelineError(table.file, 1, f, "unexpected column (not in DfE's indicator file)");
  }
  return table.rows.map((row, i) => {
    const line = table.lines[i] ?? i + 2;
    const keys = parseWithFriendlyErrors(keySchema, pick(row, KEY_COLUMNS), table.file, line);
    const values = {} as Record<ValueColumn, DfeValue>;
    for (const col of VALUE_COLUMNS) {
      try {
        values[col] = parseDfeValue(row[col] ?? "");
      } catch (e) {
        throw new PipelineError(table.file, line, col, (e as Error).message);
      }
    }
    const numbers = Object.fromEntries(VALUE_COLUMNS.map((c) => [c, values[c].value]));
    const [problem] = workforceProblems(keys.geographic_level, numbers);
    if (problem) throw new PipelineError(table.file, line, problem.column, problem.reason);
    return { line, year: Number(keys.time_period), keys, values };
  });
}

function pick<K extends string>(row: Record<string, string>, cols: readonly K[]): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const c of cols) out[c] = (row[c] ?? "").trim();
  return out;
}
