/** Chart specs of the story: the home page and the articles. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { ChartSpec } from "../../lib/chart/types.ts";
import { lineTrend, type YearPoint } from "../lineTrend.ts";

/** England's average caseload, from a small fixture copied from DfE's national rows (placeholder until data/). */
function englandCaseload(): ChartSpec {
  const text = readFileSync(join(process.cwd(), "src/charts/fixtures/england-caseload.csv"), "utf8");
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  const points: YearPoint[] = rows.map((r) => ({
    year: Number(r["time_period"]),
    value: r["caseload_fte"] === "" ? null : Number(r["caseload_fte"]),
  }));
  const first = points[0];
  const last = points.at(-1);
  return {
    chart: "england-caseload",
    scope: "england",
    title: "England's official average caseload has drifted down",
    subtitle: "Cases per case-holding social worker (FTE), 30 September each year",
    description: `England's average caseload went from ${String(first?.value)} in ${String(first?.year)} to ${String(last?.value)} in ${String(last?.year)}.`,
    notes: ["Agency workers are included. The average is across all case-holding social workers in a council."],
    sources: [{ name: "Department for Education, Children's social work workforce 2025", licence: "ogl" }],
    columns: [
      { key: "time_period", label: "Year (30 September)", format: "text" },
      { key: "caseload_fte", label: "Average caseload", format: "dp1" },
    ],
    rows: points.map((p) => ({ time_period: p.year, caseload_fte: p.value })),
    plot: (width) => lineTrend(points, { width, yLabel: "Cases per social worker", name: "England" }),
    key: [{ label: "England", color: "var(--color-council)", shape: "line" }],
    page: "/",
    headline: { value: String(last?.value), label: `England's average caseload, ${String(last?.year)}` },
  };
}

/** Every story chart. */
export function storyCharts(): ChartSpec[] {
  return [englandCaseload()];
}
