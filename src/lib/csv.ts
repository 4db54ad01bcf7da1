/** CSV downloads: exactly the rows a chart draws, with the source, licence and data release on every row. */
import Papa from "papaparse";
import type { ChartSpec } from "./chart/types.ts";
import { DATA_RELEASE, LICENCES } from "./site.ts";

/** The CSV text of a chart's data. Source and licence travel in columns so no comment line breaks parsers. */
export function chartCsv(spec: ChartSpec): string {
  const source = spec.sources.map((s) => s.name).join("; ");
  const licence = [...new Set(spec.sources.map((s) => LICENCES[s.licence].name))].join("; ");
  const fields = [...spec.columns.map((c) => c.key), "source", "licence", "data_release"];
  const data = spec.rows.map((row) => [...spec.columns.map((c) => row[c.key] ?? ""), source, licence, DATA_RELEASE]);
  return `${Papa.unparse({ fields, data }, { newline: "\n" })}\n`;
}
