/**
 * The one place the site reads data/. Pages and chart specs never open files themselves: they call the typed
 * readers beside this file, which call these. Every tidy table is read through its schema and the dataset checks
 * (dataset.ts) once per build, so a bad cell stops the build at once with file, line, column and reason.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeUtf8, parseCsvText } from "./csv.ts";
import { loadDataset, type Dataset } from "./dataset.ts";
import { SCHEMAS, type RowOf, type TableName } from "./schema.ts";

/** Folder holding the tidy tables. DATA_DIR lets the benchmark point a build at a synthetic copy. */
export const dataDir = (): string => process.env["DATA_DIR"] ?? join(process.cwd(), "data");

const cache = new Map<string, unknown>();

/** Every schema'd table of data/, validated together (memoised per folder). */
function dataset(): Dataset {
  const key = `dataset:${dataDir()}`;
  const hit = cache.get(key) as Dataset | undefined;
  if (hit) return hit;
  const d = loadDataset(dataDir());
  cache.set(key, d);
  return d;
}

/** Validated, typed rows of one of the schema'd tables. */
export const readRows = <T extends TableName>(name: T): RowOf<T>[] => dataset()[name].rows;

const isSchemaTable = (name: string): name is TableName => Object.hasOwn(SCHEMAS, name);

/** Rows of data/<name>.csv as string records (empty cells are ""). Schema'd tables are validated first. */
export function readTable(name: string): Record<string, string>[] {
  if (isSchemaTable(name)) return readRows(name);
  const key = `csv:${dataDir()}:${name}`;
  const hit = cache.get(key);
  if (hit) return hit as Record<string, string>[];
  const file = `data/${name}.csv`;
  const rows = parseCsvText(decodeUtf8(readFileSync(join(dataDir(), `${name}.csv`)), file), file).rows;
  cache.set(key, rows);
  return rows;
}

/** Parsed JSON file under data/ (metadata files and geography), typed by the caller. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the file's shape (public API)
export function readJson<T>(relativePath: string): T {
  const key = `json:${dataDir()}:${relativePath}`;
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
