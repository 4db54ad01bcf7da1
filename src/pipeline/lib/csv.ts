/**
 * CSV in and out for the pipeline: a thin layer over the project's one CSV module (src/lib/data/csv.ts, which the
 * build's reader uses too). Reading checks size and encoding, then structure; writing is deterministic (fixed
 * column order, "\n" line ends).
 */
import { readFileSync, existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { decodeUtf8, parseCsvText, toCsvText, MAX_CSV_BYTES, type Table } from "../../lib/data/csv.ts";
import { PipelineError } from "./errors.ts";

export type { Table };

/**
 * Parse CSV text. Strips a UTF-8 BOM, accepts CRLF, honours quoted commas, keeps true line numbers across blank
 * lines; stops on an empty file, a missing required column or a row with too few or too many fields.
 */
export const parseCsv = (text: string, file: string, required: readonly string[] = []): Table =>
  parseCsvText(text, file, required);

/** Read a file's bytes as checked UTF-8 (size bound first, so a huge file is never read into memory). */
export function readText(full: string, relPath: string, maxBytes = MAX_CSV_BYTES): string {
  if (!existsSync(full)) throw new PipelineError(relPath, null, null, `file not found in ${join(full, "..")}`);
  const size = statSync(full).size;
  if (size > maxBytes)
    throw new PipelineError(
      relPath,
      null,
      null,
      `file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${(maxBytes / 1024 / 1024).toFixed(1)} MB limit for this input: not the expected file`,
    );
  return decodeUtf8(readFileSync(full), relPath, maxBytes);
}

/** Read and parse rawDir/relPath; a missing file stops the pipeline with the file named. */
export function readCsv(rawDir: string, relPath: string, required: readonly string[] = []): Table {
  const full = join(rawDir, relPath);
  if (!existsSync(full)) throw new PipelineError(relPath, null, null, `file not found in ${rawDir}`);
  return parseCsv(readText(full, relPath), relPath, required);
}

/** Serialise rows with an explicit column order; always "\n" line ends and a final newline (byte-stable). */
export function toCsv(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  return toCsvText(
    columns,
    rows.map((r) => columns.map((c) => r[c] ?? "")),
  );
}

/** Code-point string order: locale-independent, so output is byte-identical on every machine. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
