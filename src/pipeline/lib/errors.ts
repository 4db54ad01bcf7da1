/**
 * Pipeline errors: every stop names the file, line, column and reason, so a bad input can be found and fixed.
 * One helper turns zod issues into that message (after Starlight's parseWithFriendlyErrors).
 */
import type { z } from "astro/zod";

/** A stop of the pipeline on bad input. `line` is the 1-based line in the file (the header is line 1). */
export class PipelineError extends Error {
  /** The file, relative to the raw folder where possible. */
  readonly file: string;
  /** 1-based line in the file, or null when the fault is with the whole file. */
  readonly line: number | null;
  /** Column name, or null when the fault is with the whole row or file. */
  readonly column: string | null;
  /** Plain-English reason. */
  readonly reason: string;
  constructor(file: string, line: number | null, column: string | null, reason: string) {
    const where = [file, line === null ? null : `line ${String(line)}`, column === null ? null : `column "${column}"`]
      .filter((part): part is string => part !== null)
      .join(", ");
    super(`${where}: ${reason}`);
    this.name = "PipelineError";
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}

/** Validate one parsed row with a zod schema, or throw a PipelineError naming the first bad column. */
export function parseWithFriendlyErrors<S extends z.ZodType>(
  schema: S,
  row: unknown,
  file: string,
  line: number,
): z.infer<S> {
  const result = schema.safeParse(row);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const column = issue && issue.path.length > 0 ? String(issue.path[0]) : null;
  throw new PipelineError(file, line, column, issue?.message ?? "invalid row");
}
