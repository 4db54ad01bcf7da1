/**
 * Published CSVs (chart downloads and the /data/ tables): every cell goes through the OWASP rule against formula
 * injection, so a quote such as `=HYPERLINK(...)` opens in a spreadsheet as text, never as a formula. Numbers,
 * negative ones included, are left as they are.
 */
import type { ChartSpec } from "./chart/types.ts";
import { toCsvText } from "./data/csv.ts";
import { DATA_RELEASE, LICENCES } from "./site.ts";

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** OWASP CSV injection: a cell starting with = + - @ tab or CR that is not a number gets a leading single quote. */
export const neutraliseCell = (value: string): string =>
  FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;

/** A published CSV: fixed column order, "\n" line ends, every cell neutralised. */
export const publishedCsv = (fields: readonly string[], rows: readonly (readonly string[])[]): string =>
  toCsvText(
    fields.map(neutraliseCell),
    rows.map((r) => r.map(neutraliseCell)),
  );

/** The CSV text of a chart's data. Source and licence travel in columns so no comment line breaks parsers. */
export function chartCsv(spec: ChartSpec): string {
  const source = spec.sources.map((s) => s.name).join("; ");
  const licence = [...new Set(spec.sources.map((s) => LICENCES[s.licence].name))].join("; ");
  const fields = [...spec.columns.map((c) => c.key), "source", "licence", "data_release"];
  const twice = fields.find((f, i) => fields.indexOf(f) !== i);
  if (twice !== undefined) throw new Error(`${spec.chart}/${spec.scope}: two CSV columns named "${twice}"`);
  const data = spec.rows.map((row) => [
    ...spec.columns.map((c) => String(row[c.key] ?? "")),
    source,
    licence,
    DATA_RELEASE,
  ]);
  return publishedCsv(fields, data);
}
