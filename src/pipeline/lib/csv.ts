/**
 * CSV in and out. Reading goes through papaparse (never split(",")) and turns every structural fault into a
 * PipelineError naming file and line; writing is deterministic (fixed column order, "\n" line ends).
 */
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { PipelineError } from "./errors.ts";

/** A parsed CSV: rows keyed by header, and the 1-based file line of each row (header = line 1). */
export interface Table {
  file: string;
  fields: string[];
  rows: Record<string, string>[];
  lines: number[];
}

/**
 * Parse CSV text. Strips a UTF-8 BOM, accepts CRLF, honours quoted commas; stops on an empty file, a missing
 * required column or a row with too few or too many fields (a truncated or broken row).
 */
export function parseCsv(text: string, file: string, required: readonly string[] = []): Table {
  const clean = text.replace(/^\uFEFF/, "");
  if (clean.trim() === "") throw new PipelineError(file, null, null, "file is empty");
  // Repeated headers (DfE's neighbour file repeats "SNP") get a "#n" suffix here, so papaparse needn't warn.
  const seen = new Map<string, number>();
  const transformHeader = (h: string): string => {
    const name = h.trim();
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name}#${String(n)}`;
  };
  const parsed = Papa.parse<Record<string, string>>(clean, { header: true, skipEmptyLines: "greedy", transformHeader });
  const fields = parsed.meta.fields ?? [];
  for (const name of required) {
    if (!fields.includes(name)) throw new PipelineError(file, 1, name, "required column is missing from the header");
  }
  const bad = parsed.errors[0];
  if (bad) {
    // papaparse counts data rows from 0; the header is line 1, so data row i is line i + 2.
    const line = bad.row === undefined ? null : bad.row + 2;
    throw new PipelineError(file, line, null, `malformed row (${bad.code}): ${bad.message}`);
  }
  if (parsed.data.length === 0) throw new PipelineError(file, null, null, "file has a header but no data rows");
  // Line numbers: count physical lines so quoted newlines inside a cell do not shift later rows.
  const lines: number[] = [];
  let line = 2;
  for (const row of parsed.data) {
    lines.push(line);
    line += 1 + Object.values(row).reduce((n, v) => n + (typeof v === "string" ? v.split("\n").length - 1 : 0), 0);
  }
  return { file, fields, rows: parsed.data, lines };
}

/** Read and parse rawDir/relPath; a missing file stops the pipeline with the file named. */
export function readCsv(rawDir: string, relPath: string, required: readonly string[] = []): Table {
  const full = join(rawDir, relPath);
  if (!existsSync(full)) throw new PipelineError(relPath, null, null, `file not found in ${rawDir}`);
  return parseCsv(readFileSync(full, "utf8"), relPath, required);
}

/** Serialise rows with an explicit column order; always "\n" line ends and a final newline (byte-stable). */
export function toCsv(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  const data = rows.map((r) => columns.map((c) => r[c] ?? ""));
  return Papa.unparse({ fields: [...columns], data }, { newline: "\n" }) + "\n";
}

/** Code-point string order: locale-independent, so output is byte-identical on every machine. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
