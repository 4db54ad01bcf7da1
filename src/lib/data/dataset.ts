/**
 * Load every tidy table of a data folder through its schema, then check what no single row can show: unique keys,
 * every slug naming a council, every current council present in the workforce series. Used by the build (load.ts)
 * and by the pipeline on its output before it replaces data/.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DataError } from "./errors.ts";
import { decodeUtf8, parseCsvText, type Table } from "./csv.ts";
import { SCHEMAS, validateTable, type RowOf, type TableName } from "./schema.ts";

/** Every validated table of a data folder, each with its parsed text (for line numbers). */
export type Dataset = { [K in TableName]: { table: Table; rows: RowOf<K>[] } };

/** Read and validate one table of a data folder. */
function load<K extends TableName>(dir: string, name: K): { table: Table; rows: RowOf<K>[] } {
  const file = `data/${name}.csv`;
  const full = join(dir, `${name}.csv`);
  if (!existsSync(full)) throw new DataError(file, null, null, `file not found in ${dir}`);
  const table = parseCsvText(decodeUtf8(readFileSync(full), file), file);
  return { table, rows: validateTable(name, table) };
}

/** First row whose key repeats, as a DataError. */
function unique<R>(file: string, t: Table, rows: readonly R[], column: string, key: (r: R) => string): void {
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    const k = key(r);
    const line = t.lines[i] ?? 0;
    const prev = seen.get(k);
    if (prev !== undefined)
      throw new DataError(file, line, column, `duplicate key "${k}" (first on line ${String(prev)})`);
    seen.set(k, line);
  });
}

/** Every slug in a (";"-joined) cell names a council. */
function slugsExist<R>(
  file: string,
  t: Table,
  rows: readonly R[],
  column: string,
  cell: (r: R) => string,
  slugs: ReadonlySet<string>,
): void {
  rows.forEach((r, i) => {
    for (const s of cell(r).split(";").filter(Boolean))
      if (!slugs.has(s)) throw new DataError(file, t.lines[i] ?? null, column, `"${s}" is not a council slug`);
  });
}

/** Load and check every table of a data folder; throws a DataError at the first fault. */
export function loadDataset(dir: string): Dataset {
  const d = {} as Record<TableName, unknown>;
  for (const name of Object.keys(SCHEMAS) as TableName[]) d[name] = load(dir, name);
  const set = d as Dataset;
  const { councils: c, workforce: w, inspections: ins, reported_figures: f, testimony: te, sources: so } = set;
  const slugs = new Set(c.rows.map((r) => r.slug));
  unique("data/councils.csv", c.table, c.rows, "slug", (r) => r.slug);
  unique("data/councils.csv", c.table, c.rows, "dfe_code", (r) => r.dfe_code);
  for (const col of ["predecessors", "successors", "joint_partners", "stat_neighbours"] as const)
    slugsExist("data/councils.csv", c.table, c.rows, col, (r) => r[col], slugs);
  unique("data/workforce.csv", w.table, w.rows, "time_period", (r) =>
    [r.time_period, r.geographic_level, r.region_code, r.old_la_code].join("|"),
  );
  slugsExist("data/workforce.csv", w.table, w.rows, "council_slugs", (r) => r.council_slugs, slugs);
  const inSeries = new Set(w.rows.flatMap((r) => r.council_slugs.split(";")));
  c.rows.forEach((r, i) => {
    if (r.status === "current" && !inSeries.has(r.slug))
      throw new DataError("data/councils.csv", c.table.lines[i] ?? null, "slug", `current council ${r.slug} has no workforce rows`);
  });
  unique("data/inspections.csv", ins.table, ins.rows, "id", (r) => r.id);
  slugsExist("data/inspections.csv", ins.table, ins.rows, "council_slug", (r) => r.council_slug, slugs);
  slugsExist("data/reported_figures.csv", f.table, f.rows, "council_slug", (r) => r.council_slug, slugs);
  slugsExist("data/testimony.csv", te.table, te.rows, "council_slug", (r) => r.council_slug, slugs);
  slugsExist("data/sources.csv", so.table, so.rows, "council_slugs", (r) => r.council_slugs, slugs);
  unique("data/reported_figures.csv", f.table, f.rows, "id", (r) => r.id);
  unique("data/testimony.csv", te.table, te.rows, "id", (r) => r.id);
  unique("data/sources.csv", so.table, so.rows, "id", (r) => r.id);
  const ids = new Set(so.rows.map((r) => r.id));
  for (const [file, t] of [
    ["data/reported_figures.csv", f],
    ["data/testimony.csv", te],
  ] as const)
    t.rows.forEach((r, i) => {
      if (!ids.has(r.source_id))
        throw new DataError(file, t.table.lines[i] ?? null, "source_id", `"${r.source_id}" is not in sources.csv`);
    });
  return set;
}
