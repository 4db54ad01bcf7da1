/**
 * The one CSV reader and writer of the project. The pipeline reads raw files and writes data/ with it, and the
 * build reads data/ with it, so both see the same rows on the same lines. Reading checks the bytes first (size,
 * UTF-8), then the structure (papaparse, never split(",")); every fault is a DataError naming file and line.
 */
import Papa from "papaparse";
import { DataError } from "./errors.ts";

/** A parsed CSV: rows keyed by header, and the 1-based file line of each row (header = line 1). */
export interface Table {
  file: string;
  fields: string[];
  rows: Record<string, string>[];
  lines: number[];
}

/** Largest CSV read (bytes). The biggest input is under 0.5 MB; a file this size is not one of ours. */
export const MAX_CSV_BYTES = 16 * 1024 * 1024;

const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] ?? 0;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

const lineAt = (b: Uint8Array, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (b[i] === 0x0a) line++;
  return line;
};

/**
 * Check and decode a file's bytes as UTF-8 text: bounded size, no UTF-16, no NUL bytes, no invalid sequences
 * (Windows-1252 or Latin-1 bytes are reported, never turned into U+FFFD). A UTF-8 BOM is stripped.
 */
export function decodeUtf8(bytes: Uint8Array, file: string, maxBytes = MAX_CSV_BYTES): string {
  if (bytes.length > maxBytes)
    throw new DataError(
      file,
      null,
      null,
      `file is ${mb(bytes.length)} MB, over the ${mb(maxBytes)} MB limit for this input: not the expected file`,
    );
  const [b0, b1] = [bytes[0], bytes[1]];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff))
    throw new DataError(file, null, null, "file is UTF-16, not UTF-8: save it as UTF-8");
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new DataError(file, lineAt(bytes, nul), null, "file holds NUL bytes (UTF-16 or binary?), not UTF-8 text");
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0)
    throw new DataError(
      file,
      lineAt(bytes, bad),
      null,
      `file is not UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16).toUpperCase()} at offset ${String(bad)}; Windows-1252 or Latin-1?): save it as UTF-8`,
    );
  return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
}

const newlines = (cells: readonly string[]): number =>
  cells.reduce((n, c) => n + (c.match(/\r\n|\r|\n/g)?.length ?? 0), 0);

/** Header names trimmed; a repeated name gets "#2", "#3" (DfE's neighbour file repeats "SNP"). */
function headerNames(raw: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h) => {
    const name = h.trim();
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name}#${String(n)}`;
  });
}

/**
 * Parse CSV text. Accepts CRLF and quoted commas; skips blank lines while keeping every later row's true line
 * number; stops on an empty file, a missing required column or a row with too few or too many fields.
 */
export function parseCsvText(text: string, file: string, required: readonly string[] = []): Table {
  const clean = text.replace(/^\uFEFF/, "");
  if (clean.trim() === "") throw new DataError(file, null, null, "file is empty");
  const parsed = Papa.parse<string[]>(clean, { header: false, skipEmptyLines: false, delimiter: "," });
  const [rawHeader = [], ...body] = parsed.data;
  let line = 1;
  const lineOf: number[] = [];
  for (const row of parsed.data) {
    lineOf.push(line);
    line += 1 + newlines(row);
  }
  const bad = parsed.errors[0];
  if (bad)
    throw new DataError(
      file,
      bad.row === undefined ? null : (lineOf[bad.row] ?? null),
      null,
      `malformed row (${bad.code}): ${bad.message}`,
    );
  const fields = headerNames(rawHeader);
  for (const name of required) {
    if (!fields.includes(name)) throw new DataError(file, 1, name, "required column is missing from the header");
  }
  const rows: Record<string, string>[] = [];
  const lines: number[] = [];
  body.forEach((cells, i) => {
    const at = lineOf[i + 1] ?? null;
    if (cells.join("").trim() === "") return; // a blank line
    if (cells.length !== fields.length) {
      const code = cells.length < fields.length ? "TooFewFields" : "TooManyFields";
      throw new DataError(
        file,
        at,
        null,
        `malformed row (${code}): expected ${String(fields.length)} fields but found ${String(cells.length)}`,
      );
    }
    rows.push(Object.fromEntries(fields.map((f, k) => [f, cells[k] ?? ""])));
    lines.push(at ?? 0);
  });
  if (rows.length === 0) throw new DataError(file, null, null, "file has a header but no data rows");
  return { file, fields, rows, lines };
}

/** Serialise rows with an explicit column order; always "\n" line ends and a final newline (byte-stable). */
export function toCsvText(fields: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${Papa.unparse({ fields: [...fields], data: rows.map((r) => [...r]) }, { newline: "\n" })}\n`;
}
