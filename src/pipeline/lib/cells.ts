/**
 * Read one cell through a parser, turning its Error into a PipelineError that names file, line and column.
 */
import type { Table } from "./csv.ts";
import { PipelineError } from "./errors.ts";

/** Parse table.rows[i][column] with fn; a throw becomes a PipelineError at that cell. */
export function cell<T>(table: Table, i: number, column: string, fn: (text: string) => T): T {
  try {
    return fn((table.rows[i]?.[column] ?? "").trim());
  } catch (e) {
    throw new PipelineError(table.file, table.lines[i] ?? null, column, (e as Error).message);
  }
}

/** Raw trimmed text of a cell ("" if absent). */
export const text = (table: Table, i: number, column: string): string => (table.rows[i]?.[column] ?? "").trim();
