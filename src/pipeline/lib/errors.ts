/**
 * Pipeline errors: every stop names the file, line, column and reason, so a bad input can be found and fixed.
 * PipelineError is the shared DataError (src/lib/data/errors.ts) under the pipeline's name, so the build's reader
 * and the pipeline stop the same way. One helper turns zod issues into that message (after Starlight's
 * parseWithFriendlyErrors).
 */
import type { z } from "astro/zod";
import { DataError } from "../../lib/data/errors.ts";

/** A stop of the pipeline on bad input. `line` is the 1-based line in the file (the header is line 1). */
export class PipelineError extends DataError {
  constructor(file: string, line: number | null, column: string | null, reason: string) {
    super(file, line, column, reason);
    this.name = "PipelineError";
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
