/**
 * Invariants asserted after each step. A failure is a bug in the pipeline or an input change we did not
 * expect, so it stops with a message naming the table, the row key and the rule.
 */
import { PipelineError } from "./lib/errors.ts";

type Row = Record<string, string>;

/** Every key is unique. */
export function assertUnique(table: string, rows: readonly Row[], key: (r: Row) => string): void {
  const seen = new Set<string>();
  for (const r of rows) {
    const k = key(r);
    if (seen.has(k)) throw new PipelineError(table, null, null, `invariant: duplicate key "${k}"`);
    seen.add(k);
  }
}

/** Every slug in a ";"-joined list column exists among the councils. */
export function assertSlugsExist(
  table: string,
  rows: readonly Row[],
  column: string,
  slugs: ReadonlySet<string>,
): void {
  for (const r of rows) {
    for (const s of (r[column] ?? "").split(";").filter(Boolean)) {
      if (!slugs.has(s)) throw new PipelineError(table, null, column, `invariant: "${s}" is not a council slug`);
    }
  }
}

/** Every non-empty numeric cell of the columns lies within [min, max]. */
export function assertRange(
  table: string,
  rows: readonly Row[],
  columns: readonly string[],
  min: number,
  max: number,
): void {
  for (const r of rows) {
    for (const c of columns) {
      const v = r[c] ?? "";
      if (v !== "" && !(Number(v) >= min && Number(v) <= max)) {
        throw new PipelineError(
          table,
          null,
          c,
          `invariant: ${v} outside ${String(min)}-${String(max)} (${r["la_name"] ?? ""} ${r["time_period"] ?? ""})`,
        );
      }
    }
  }
}
