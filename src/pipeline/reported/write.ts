/**
 * Write step: the three tables as CSV (papaparse quotes any cell that needs it; untrusted text is stored as-is,
 * never as HTML) and a `.meta.json` beside each describing every column.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { CAVEATS, LICENCE } from "./meta.ts";

/** What a `.meta.json` says besides its columns. */
export interface TableMeta {
  title: string;
  description: string;
  publisher: string;
  sourceFiles: string[];
}

/** Write outDir/<name>.csv with exactly the described columns, and outDir/<name>.meta.json. */
export function writeTable(
  outDir: string,
  name: string,
  columns: Record<string, string>,
  rows: Record<string, string | number | null>[],
  meta: TableMeta,
): void {
  const fields = Object.keys(columns);
  for (const row of rows) {
    const extra = Object.keys(row).filter((k) => !(k in columns));
    if (extra.length > 0) throw new Error(`${name}: column(s) ${extra.join(", ")} are not described in meta.ts`);
  }
  const data = rows.map((row) => fields.map((f) => (row[f] === null || row[f] === undefined ? "" : String(row[f]))));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, `${name}.csv`), `${Papa.unparse({ fields, data }, { newline: "\n" })}\n`);
  const json = {
    title: meta.title,
    description: meta.description,
    publisher: meta.publisher,
    source_files: meta.sourceFiles,
    licence: LICENCE,
    caveats: CAVEATS,
    row_count: rows.length,
    columns,
  };
  writeFileSync(join(outDir, `${name}.meta.json`), `${JSON.stringify(json, null, 2)}\n`);
}
