/**
 * Typed reader for data/<table>.meta.json (provenance, licences, caveats, column docs).
 */
import { readJson } from "./load.ts";

/** Contents of a table's meta file, as written by the pipeline. */
export interface TableMeta {
  title: string;
  publisher: string;
  description: string;
  release_date: string;
  sources: { path: string; repo: string; upstream_path: string; commit: string; publisher: string }[];
  licences: { name: string; url: string; attribution: string }[];
  caveats: string[];
  row_count: number;
  /** Column name -> plain-English description. */
  columns: Record<string, string>;
}

/** The meta of data/<name>.csv (e.g. "workforce"). */
export const tableMeta = (name: string): TableMeta => readJson<TableMeta>(`${name}.meta.json`);
