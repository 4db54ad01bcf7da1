/**
 * Build-time: a comparison's figures as one tidy CSV (a row per council, measure and year), with the same source,
 * licence and release columns as the chart downloads (src/lib/csv.ts): symbols kept as symbols, never 0, and a
 * joint return named in its row.
 */
import type { Council } from "../data/councils.ts";
import type { ChartSource } from "../chart/types.ts";
import { publishedCsv } from "../csv.ts";
import { DATA_RELEASE, LICENCES } from "../site.ts";
import { compareCouncil } from "./data.ts";
import { COMPARE_MEASURES } from "./model.ts";

const FIELDS = [
  "council",
  "council_slug",
  "measure",
  "measure_label",
  "time_period",
  "value",
  "symbol",
  "joint_return_with",
  "source",
  "licence",
  "data_release",
];

/** The CSV of `set`'s figures; `sourcesOf` gives each measure's sources (the reality-check ones cite two). */
export function compareCsv(set: readonly Council[], sourcesOf: (measure: string) => readonly ChartSource[]): string {
  const rows = set.flatMap((c) => {
    const data = compareCouncil(c);
    return COMPARE_MEASURES.flatMap((m) => {
      const sources = sourcesOf(m.key);
      const source = sources.map((s) => s.name).join("; ");
      const licence = [...new Set(sources.map((s) => LICENCES[s.licence].name))].join("; ");
      return (data.series[m.key] ?? []).map(([year, value, printed, joint]) => [
        c.name,
        c.slug,
        m.key,
        m.label,
        String(year),
        value === null ? "" : String(value),
        value === null ? (printed.split(":")[0] ?? "") : "",
        joint,
        source,
        licence,
        DATA_RELEASE,
      ]);
    });
  });
  return publishedCsv(FIELDS, rows);
}

/** Path of a prerendered comparison's CSV. */
export const compareCsvPath = (slug: string): string => `/compare/${slug}.csv`;
