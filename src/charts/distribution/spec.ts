/** Home chart 1: every council's caseload per year around England's average ("england-caseload"). */
import type { Cell, ChartSpec } from "../../lib/chart/types.ts";
import { dp1, round1, round2 } from "../../lib/domain/format.ts";
import { highestEver, suppressedCount, yearDistributions } from "../../story/findings.ts";
import { count, englandTrend } from "../../story/statements.ts";
import { DFE_SOURCE } from "../../lib/chart/sources.ts";
import { CASELOAD_NOTE, capitalise, names, range } from "../storyText.ts";
import { binnedDistribution, type DistBin, type DistGroup } from "./plot.ts";

/** Home chart 1: every council's figure per year around England's average. */
export function englandCaseload(): ChartSpec {
  const years = yearDistributions();
  const t = englandTrend();
  const top = highestEver();
  const suppressed = suppressedCount();
  const groups: DistGroup[] = years.map((y) => ({
    label: String(y.year),
    median: y.summary.median,
    medianTitle: `${String(y.year)}: median council ${dp1(y.summary.median)}`,
    bins: y.bins.map((b): DistBin => ({
      from: b.from,
      to: b.to,
      count: b.items.length,
      title: `${String(y.year)}, ${range(b.from, b.to)}: ${String(b.items.length)} ${b.items.length === 1 ? "council" : "councils"}${b.items.length <= 3 ? ` (${names(b.items)})` : ""}`,
    })),
  }));
  const england = years.flatMap((y, i) =>
    y.england === null ? [] : [{ group: i, value: y.england, title: `England, ${String(y.year)}: ${dp1(y.england)}` }],
  );
  // Only the highest figure of any year is marked: each year's top band already names its council(s).
  const topIndex = years.findIndex((y) => y.year === top.year);
  const marked = [
    {
      group: topIndex,
      value: top.value,
      title: `Highest in any year: ${top.name}, ${String(top.year)}, ${dp1(top.value)}`,
      label: `${top.name} ${dp1(top.value)}`,
    },
  ];
  const rows: Record<string, Cell>[] = years.flatMap((y) => [
    ...y.bins.map((b) => ({
      time_period: y.year,
      series: "Band",
      caseload_from: b.from,
      caseload_to: round1(b.to - 0.1),
      councils: b.items.length,
      caseload_fte: null,
      la_name: names(b.items) || null,
    })),
    {
      time_period: y.year,
      series: "Median council",
      caseload_from: null,
      caseload_to: null,
      councils: y.summary.n,
      caseload_fte: round2(y.summary.median),
      la_name: null,
    },
    {
      time_period: y.year,
      series: "England",
      caseload_from: null,
      caseload_to: null,
      councils: null,
      caseload_fte: y.england,
      la_name: null,
    },
  ]);
  rows.push({
    time_period: top.year,
    series: "Highest in any year",
    caseload_from: null,
    caseload_to: null,
    councils: 1,
    caseload_fte: top.value,
    la_name: top.name,
  });
  const dir = t.to < t.from ? "fell" : "rose";
  return {
    chart: "england-caseload",
    scope: "england",
    title: `England's official average caseload ${dir} from ${dp1(t.from)} to ${dp1(t.to)}; councils spread widely around it`,
    subtitle: `Average cases per case-holding social worker (FTE), each council at 30 September, ${String(t.first)}–${String(t.last)}. Bar width: number of councils in each 1-case band.`,
    description: `England's official average caseload ${dir} from ${dp1(t.from)} in ${String(t.first)} to ${dp1(t.to)} in ${String(t.last)}. Each year about ${count(years[0]?.summary.n ?? 0)} council returns spread around it; the highest in any year was ${top.name} with ${dp1(top.value)} in ${String(top.year)}. ${years
      .map(
        (y) =>
          `${String(y.year)}, England ${y.england === null ? "not published" : dp1(y.england)}, councils ${dp1(y.lowest.value)}–${dp1(y.highest.value)}`,
      )
      .join("; ")}.`,
    notes: [
      CASELOAD_NOTE,
      "Each bar is a 1-case band (17.0–17.9, and so on); its width is the number of councils in it (never narrower than a short tick, so a single council shows). The solid rule is the median council; England's figure is DfE's own national average, weighted by workforce, so it can differ from the median.",
      "Joint returns (Kingston upon Thames with Richmond upon Thames; North with West Northamptonshire from 2021) count once.",
      `${capitalise(count(suppressed))} council ${suppressed === 1 ? "return has" : "returns have"} no published caseload (a DfE symbol instead of a number) and ${suppressed === 1 ? "is" : "are"} not drawn.`,
    ],
    sources: [DFE_SOURCE],
    columns: [
      { key: "time_period", label: "Year (30 September)", format: "text" },
      { key: "series", label: "What", format: "text" },
      { key: "caseload_from", label: "Band from", format: "dp1" },
      { key: "caseload_to", label: "Band to", format: "dp1" },
      { key: "councils", label: "Councils", format: "int" },
      { key: "caseload_fte", label: "Average caseload", format: "dp1" },
      { key: "la_name", label: "Council (named where 3 or fewer)", format: "text" },
    ],
    rows,
    plot: (width) =>
      binnedDistribution(groups, {
        width,
        yLabel: "Cases per social worker",
        line: { points: england, color: "var(--color-council)" },
        marked,
        yMax: Math.ceil(top.value + 2),
      }),
    key: [
      { label: "Councils (width: how many)", color: "var(--color-comparator)", shape: "bar" },
      { label: "England", color: "var(--color-council)", shape: "line" },
      { label: "Median council", color: "var(--color-ink)", shape: "line" },
      { label: "Highest in any year", color: "var(--color-ink)", shape: "dot" },
    ],
    page: "/",
    headline: { value: dp1(t.to), label: `England's average caseload per social worker, ${String(t.last)}` },
  };
}
