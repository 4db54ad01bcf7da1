/**
 * The one place the site reads data/. Pages and chart specs never open files themselves: they call the typed
 * readers beside this file, which call these. Each table is parsed once per build (memoised).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";

/** Folder holding the tidy tables. DATA_DIR lets the benchmark point a build at a synthetic copy. */
export const dataDir = (): string => process.env["DATA_DIR"] ?? join(process.cwd(), "data");

const cache = new Map<string, unknown>();

/** Rows of data/<name>.csv as string records (empty cells are ""). Parsed once per process. */
export function readTable(name: string): Record<string, string>[] {
  const key = `csv:${name}`;
  const hit = cache.get(key);
  if (hit) return hit as Record<string, string>[];
  const text = readFileSync(join(dataDir(), `${name}.csv`), "utf8");
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0];
    throw new Error(`data/${name}.csv row ${String((e?.row ?? 0) + 2)}: ${e?.message ?? "parse error"}`);
  }
  cache.set(key, parsed.data);
  return parsed.data;
}

/** Parsed JSON file under data/ (metadata files and geography). */
export function readJson<T>(relativePath: string): T {
  const key = `json:${relativePath}`;
  const hit = cache.get(key);
  if (hit) return hit as T;
  const value = JSON.parse(readFileSync(join(dataDir(), relativePath), "utf8")) as T;
  cache.set(key, value);
  return value;
}

/** "" -> null, otherwise a finite number (throws on anything else: tidy data is already validated). */
export function num(value: string | undefined): number | null {
  if (value === undefined || value === "") return null;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`expected a number in tidy data, got "${value}"`);
  return n;
}

/** Split a ";"-joined list cell into its items ("" -> []). */
export const list = (value: string | undefined): string[] =>
  value === undefined || value === "" ? [] : value.split(";");
