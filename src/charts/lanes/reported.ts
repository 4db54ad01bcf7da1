/** Reported figures beside the DfE counts either side of each statement ("reported-vs-official-caseload", "-rates"). */
import type { ChartSpec } from "../../lib/chart/types.ts";
import { allReported, type ReportedFigure } from "../../lib/data/reported.ts";
import { dp1 } from "../../lib/domain/format.ts";
import { DFE_SOURCE } from "../../lib/chart/sources.ts";
import { rangeLanes, type Lane, type LanePoint } from "./plot.ts";
import { COUNCIL, REPORTED, shortDate } from "./common.ts";

/** "Warwickshire, Jul 2018" or "No council named, Sep 2018". */
const figureLabel = (f: ReportedFigure): string =>
  `${f.councilName ?? "No council named"}, ${shortDate(f.statedDate).replace(/^\d+ /, "")}`;

/** Reported figures of some measures beside the official counts either side of the statement. */
function reportedChart(
  chart: string,
  figures: readonly ReportedFigure[],
  unit: { axis: string; format: (n: number) => string; name: string; subtitle: string },
): ChartSpec {
  const lanes: Lane[] = [];
  const seen = new Map<string, number>();
  for (const f of figures) {
    let label = figureLabel(f);
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    if (n > 1) label = `${label} (${String(n)})`;
    const points: LanePoint[] = [];
    const counts = [
      { c: f.officialBefore, symbol: "circle" as const, when: "count before the statement" },
      { c: f.officialAfter, symbol: "diamond" as const, when: "count after the statement" },
    ];
    const years = new Set<number>();
    for (const { c, symbol, when } of counts) {
      if (typeof c.year !== "number" || c.value === null || years.has(c.year)) continue;
      years.add(c.year);
      points.push({
        value: c.value,
        color: COUNCIL,
        symbol: f.officialBefore.year === f.officialAfter.year ? "circle" : symbol,
        title: `${f.councilName ?? ""}, DfE ${when}, 30 Sep ${String(c.year)}: ${unit.format(c.value)}`,
      });
    }
    const low = f.valueLow ?? f.valueHigh;
    const high = f.valueHigh ?? f.valueLow;
    lanes.push({
      label,
      ...(low !== null && high !== null
        ? {
            range: {
              low,
              high,
              color: REPORTED,
              title: `Reported (${f.statedBy}): “${f.words}” read as ${unit.format(low)}${high !== low ? ` to ${unit.format(high)}` : ""}; ${f.verdict}`,
            },
          }
        : { missing: "No number stated" }),
      points,
    });
  }
  const counts = (k: ReportedFigure["verdictKind"]): number => figures.filter((f) => f.verdictKind === k).length;
  const differs = figures.filter((f) => f.verdictKind === "differs");
  return {
    chart,
    scope: "england",
    title: `${unit.name}: ${String(counts("matches"))} of ${String(figures.length)} reported figures match DfE's, ${String(counts("differs"))} differ and ${String(counts("cannot be checked"))} cannot be checked`,
    subtitle: unit.subtitle,
    description:
      `Of ${String(figures.length)} ${unit.name.toLowerCase()} figures reported in the news, ${String(counts("matches"))} match the official DfE value at the 30 September count, ${String(counts("differs"))} differ and ${String(counts("cannot be checked"))} cannot be checked.` +
      (differs.length > 0
        ? ` ${differs.map((f) => `${f.councilName ?? "A figure"} (“${f.words}”) ${f.verdict}`).join("; ")}.`
        : ""),
    notes: [
      "A figure matches when the official value, rounded as the figure was stated, lies in its range; otherwise the gap is measured to the nearer count either side of the statement.",
      "DfE figures are council-wide averages at 30 September; a reported figure may describe a team, a target or another date, so a difference is not by itself an error.",
    ],
    sources: [DFE_SOURCE, { name: "News articles listed on the sources page", licence: "quoted" }],
    columns: [
      { key: "id", label: "Figure", format: "text" },
      { key: "council", label: "Council", format: "text" },
      { key: "words", label: "Words reported", format: "text" },
      { key: "value_low", label: "Reported, low", format: "dp1" },
      { key: "value_high", label: "Reported, high", format: "dp1" },
      { key: "stated_date", label: "Stated", format: "date" },
      { key: "official_before_year", label: "Count before", format: "text" },
      { key: "official_before", label: "DfE before", format: "dp1" },
      { key: "official_after_year", label: "Count after", format: "text" },
      { key: "official_after", label: "DfE after", format: "dp1" },
      { key: "verdict", label: "Verdict", format: "text" },
    ],
    rows: figures.map((f) => ({
      id: f.id,
      council: f.councilName ?? "none named",
      words: f.words,
      value_low: f.valueLow,
      value_high: f.valueHigh,
      stated_date: f.statedDate,
      official_before_year: f.officialBefore.year === null ? null : String(f.officialBefore.year),
      official_before: f.officialBefore.value,
      official_after_year: f.officialAfter.year === null ? null : String(f.officialAfter.year),
      official_after: f.officialAfter.value,
      verdict: f.verdict,
    })),
    plot: (width) => rangeLanes(lanes, { width, xLabel: unit.axis }),
    key: [
      { label: "Figure reported", color: REPORTED, shape: "bar" },
      { label: "DfE count before the statement", color: COUNCIL, shape: "dot" },
      { label: "DfE count after", color: COUNCIL, shape: "diamond" },
    ],
    page: "/reported/",
    headline: {
      value: `${String(counts("matches"))} of ${String(figures.length)}`,
      label: `reported ${unit.name.toLowerCase()} figures match DfE's official value`,
    },
  };
}

/** Reported caseload figures (chart "reported-vs-official-caseload", scope "england"). */
export const reportedCaseloadChart = (): ChartSpec =>
  reportedChart(
    "reported-vs-official-caseload",
    allReported().filter((f) => f.measure === "caseload_fte"),
    {
      axis: "Cases per social worker →",
      format: dp1,
      name: "Caseload",
      subtitle: "Cases per social worker: figures reported in the news and DfE's average caseload at 30 September",
    },
  );

/** Reported agency, vacancy and turnover rates (chart "reported-vs-official-rates", scope "england"). */
export const reportedRatesChart = (): ChartSpec =>
  reportedChart(
    "reported-vs-official-rates",
    allReported().filter((f) => /_rate_fte$/.test(f.measure)),
    {
      axis: "Per cent →",
      format: (n) => `${dp1(n)}%`,
      name: "Workforce rate",
      subtitle: "Agency and vacancy rates (%): figures reported in the news and DfE's at 30 September",
    },
  );
