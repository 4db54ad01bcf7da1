/**
 * Parse and validate DfE's context files (children in need, protection plans, children looked after, social worker
 * changes, ONS child population). They share DfE's layout: key columns, an optional filter column (which count a
 * row holds) and one value column. Pure: Table in, typed rows out; every fault is a PipelineError at its cell.
 */
import { z } from "astro/zod";
import type { Table } from "../lib/csv.ts";
import { PipelineError, parseWithFriendlyErrors } from "../lib/errors.ts";
import { parseDfeValue, type DfeValue } from "../lib/values.ts";
// DfE files share the workforce file's key columns: one list.
import { KEY_COLUMNS } from "../workforceParse.ts";

/** How one context file is read. */
export interface ContextFileSpec {
  /** Path under the raw folder. */
  path: string;
  /** DfE's value column. */
  value: string;
  /** Column saying which count a row holds, with the values allowed (any other value stops the pipeline). */
  filter?: { column: string; allowed: readonly string[] };
  /** Largest plausible value (a count of children in one area; a percentage). */
  max: number;
}

/** One validated row of a context file. */
export interface ContextRow {
  file: string;
  /** Index in table.rows. */
  index: number;
  line: number;
  year: number;
  level: "National" | "Regional" | "Local authority";
  regionCode: string;
  regionName: string;
  /** DfE 3-digit LA number ("" for England and regions). */
  code: string;
  /** ONS code as DfE printed it that year ("" for England). */
  newCode: string;
  name: string;
  /** The filter column's value ("" when the file has none). */
  kind: string;
  value: DfeValue;
}

const keySchema = z
  .object({
    time_period: z.string().regex(/^20[12]\d$/, "time_period must be a year 2010-2029"),
    geographic_level: z.enum(["National", "Regional", "Local authority"], { message: "unknown geographic_level" }),
    region_code: z.string().regex(/^(E1[23]\d{6})?$/, "region_code must be an E12/E13 code or empty"),
    region_name: z.string(),
    old_la_code: z.string().regex(/^(\d{3})?$/, "old_la_code must be a 3-digit DfE code or empty"),
    new_la_code: z.string().regex(/^(E\d{8})?$/, "new_la_code must be an ONS code or empty"),
    la_name: z.string(),
  })
  .refine((r) => r.geographic_level !== "Local authority" || r.old_la_code !== "", {
    message: "Local authority row has no old_la_code",
    path: ["old_la_code"],
  })
  .refine((r) => r.geographic_level !== "Regional" || r.region_code !== "", {
    message: "Regional row has no region_code",
    path: ["region_code"],
  });

/** The columns a context file must have. */
export const requiredColumns = (spec: ContextFileSpec): string[] => [
  ...KEY_COLUMNS,
  spec.value,
  ...(spec.filter ? [spec.filter.column] : []),
];

/** Validate every row of a context file. */
export function parseContext(table: Table, spec: ContextFileSpec): ContextRow[] {
  return table.rows.map((row, i) => {
    const line = table.lines[i] ?? i + 2;
    const picked = Object.fromEntries(KEY_COLUMNS.map((k) => [k, (row[k] ?? "").trim()]));
    const keys = parseWithFriendlyErrors(keySchema, picked, table.file, line);
    const kind = spec.filter ? (row[spec.filter.column] ?? "").trim() : "";
    if (spec.filter && !spec.filter.allowed.includes(kind))
      throw new PipelineError(table.file, line, spec.filter.column, `unknown value "${kind}"`);
    let value: DfeValue;
    try {
      value = parseDfeValue(row[spec.value] ?? "");
    } catch (e) {
      throw new PipelineError(table.file, line, spec.value, (e as Error).message);
    }
    if (value.value !== null && (value.value < 0 || value.value > spec.max))
      throw new PipelineError(
        table.file,
        line,
        spec.value,
        `${String(value.value)} is outside the plausible range 0-${String(spec.max)}`,
      );
    return {
      file: table.file,
      index: i,
      line,
      year: Number(keys.time_period),
      level: keys.geographic_level,
      regionCode: keys.region_code,
      regionName: keys.region_name,
      newCode: keys.new_la_code,
      code: keys.old_la_code,
      name: keys.la_name,
      kind,
      value,
    };
  });
}
