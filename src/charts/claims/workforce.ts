/** An article's council agency and vacancy rates with the figures reported about them ("workforce-claims"). */
import type { Cell, ChartSpec } from "../../lib/chart/types.ts";
import { pct } from "../../lib/domain/format.ts";
import { getCouncil } from "../../lib/data/councils.ts";
import { englandSeries, seriesFor, type Measure } from "../../lib/data/workforce.ts";
import { reportedFor } from "../../lib/data/reported.ts";
import { DFE_SOURCE, newsSources } from "../../lib/chart/sources.ts";
import { claimsTrend, fractionalYear, type ClaimsSeries } from "./plot.ts";
import { claimOf } from "./common.ts";

/** A council's agency and vacancy rates with the rates reported about it. */
export function workforceClaims(slug: string, page: string): ChartSpec {
  const council = getCouncil(slug);
  if (!council) throw new Error(`workforceClaims: no council ${slug}`);
  const measures: { key: Measure; name: string; color: string }[] = [
    { key: "agency_rate_fte", name: "Agency worker rate", color: "var(--color-council)" },
    { key: "vacancy_rate_fte", name: "Vacancy rate", color: "var(--color-region)" },
  ];
  const figures = reportedFor(slug).filter(
    (f) => (f.measure === "agency_rate_fte" || f.measure === "vacancy_rate_fte") && f.valueLow !== null,
  );
  // Both rates are drawn, each beside England's, whichever were reported: a rate means little without its
  // national context (East Sussex's 0.3% agency rate against England's 13% to 18%).
  const used = measures;
  const series: ClaimsSeries[] = used.flatMap((m) => [
    { name: `${council.name} ${m.name.toLowerCase()}`, color: m.color, points: seriesFor(slug, m.key), format: pct },
    {
      name: `England ${m.name.toLowerCase()}`,
      color: m.color,
      points: englandSeries(m.key),
      format: pct,
      dashed: true,
    },
  ]);
  const claims = figures.map((f) => ({
    ...claimOf(f, (v) => `${String(v)}%`),
    x: fractionalYear(f.statedDate) + 0.02,
  }));
  const rows: Record<string, Cell>[] = [
    ...used.flatMap((m) =>
      seriesFor(slug, m.key).map((p) => ({ series: m.name, time_period: p.year, value: p.value, note: null })),
    ),
    ...used.flatMap((m) =>
      englandSeries(m.key).map((p) => ({
        series: `England ${m.name.toLowerCase()}`,
        time_period: p.year,
        value: p.value,
        note: null,
      })),
    ),
    ...figures.map((f) => ({
      series: `Reported ${f.measure === "agency_rate_fte" ? "agency rate" : "vacancy rate"}`,
      time_period: f.statedDate.slice(0, 4),
      value: f.valueLow,
      note: `“${f.words}”; ${f.verdict}`,
    })),
  ];
  return {
    chart: "workforce-claims",
    scope: slug,
    title: `${council.name}: agency and vacancy rates reported, against the official figures`,
    subtitle:
      "Percentage of social worker posts (FTE) at 30 September, the council's (solid) against England's (dashed), and the figures reported in the news",
    description: `${used
      .map((m) => {
        const pts = seriesFor(slug, m.key).filter((p) => p.value !== null);
        const a = pts[0];
        const b = pts.at(-1);
        return a && b && a.value !== null && b.value !== null
          ? `${council.name}'s ${m.name.toLowerCase()} went from ${pct(a.value)} in ${String(a.year)} to ${pct(b.value)} in ${String(b.year)}`
          : "";
      })
      .join("; ")}. ${figures.map((f) => `“${f.words}”: ${f.verdict}`).join(". ")}.`,
    notes: [
      "The agency worker rate is agency social workers as a share of all social workers (FTE); the vacancy rate is vacancies as a share of vacancies plus social workers in post, both at 30 September.",
    ],
    sources: [DFE_SOURCE, ...newsSources(figures.map((f) => f.sourceId))],
    columns: [
      { key: "series", label: "Series", format: "text" },
      { key: "time_period", label: "Year", format: "text" },
      { key: "value", label: "Rate", format: "percent" },
      { key: "note", label: "Note", format: "text" },
    ],
    rows,
    plot: (width) => claimsTrend(series, claims, { width, yLabel: "% of posts", percent: true, xDomain: [2017, 2026] }),
    key: [
      ...used.flatMap((m) => [
        { label: `${council.name}: ${m.name.toLowerCase()}`, color: m.color, shape: "line" as const },
        { label: `England: ${m.name.toLowerCase()}`, color: m.color, shape: "dash" as const },
      ]),
      ...(figures.length > 0
        ? [{ label: "Reported figure", color: "var(--color-reported)", shape: "bar" as const }]
        : []),
    ],
    page,
  };
}
