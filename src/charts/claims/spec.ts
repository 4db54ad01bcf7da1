/** An article's council caseload beside England and its region, with the figures reported about it ("caseload-claims"). */
import type { Cell, ChartSpec } from "../../lib/chart/types.ts";
import { dp1 } from "../../lib/domain/format.ts";
import { getCouncil } from "../../lib/data/councils.ts";
import { seriesFor } from "../../lib/data/workforce.ts";
import { reportedFor } from "../../lib/data/reported.ts";
import { englandByYear } from "../../story/findings.ts";
import { DFE_SOURCE, newsSources } from "../../lib/chart/sources.ts";
import { CASELOAD_NOTE, short } from "../storyText.ts";
import { claimsTrend, type ClaimsSeries } from "./plot.ts";
import { claimOf } from "./common.ts";

/** England over the same years as the council ("England's from 17.7 to 16.6"), like for like. */
function englandOver(eng: { year: number; value: number }[], from?: number, to?: number): string {
  const a = eng.find((p) => p.year === from) ?? eng[0];
  const b = eng.find((p) => p.year === to) ?? eng.at(-1);
  return a && b ? ` England's from ${dp1(a.value)} to ${dp1(b.value)}` : "";
}

/** A council's official caseload beside England and its region, with the caseload figures reported about it. */
export function caseloadClaims(slug: string, page: string): ChartSpec {
  const council = getCouncil(slug);
  if (!council) throw new Error(`caseloadClaims: no council ${slug}`);
  const own = seriesFor(slug, "caseload_fte");
  const eng = [...englandByYear().entries()].map(([year, value]) => ({ year, value }));
  const figures = reportedFor(slug).filter((f) => f.measure === "caseload_fte" && f.valueLow !== null);
  const claims = figures.filter((f) => f.scope !== "target").map((f) => claimOf(f, (v) => String(v)));
  const target = figures.find((f) => f.scope === "target");
  const series: ClaimsSeries[] = [
    { name: "England", color: "var(--color-england)", points: eng, dashed: true },
    { name: council.name, color: "var(--color-council)", points: own },
  ];
  const first = own.find((p) => p.value !== null);
  const last = own.filter((p) => p.value !== null).at(-1);
  const rows: Record<string, Cell>[] = [
    ...own.map((p) => ({
      series: council.name,
      time_period: p.year,
      date: null,
      caseload_fte: p.value,
      status: p.status || null,
      note: p.joint ? `joint return: ${p.la_name}` : null,
    })),
    ...eng.map((p) => ({
      series: "England",
      time_period: p.year,
      date: null,
      caseload_fte: p.value,
      status: null,
      note: null,
    })),
    ...figures.map((f) => ({
      series: f.scope === "target" ? "Target (reported)" : "Reported",
      time_period: null,
      date: f.statedDate,
      caseload_fte: f.valueLow === f.valueHigh ? f.valueLow : null,
      status: null,
      note: `“${f.words}” (${f.interpretation}); ${f.verdict}`,
    })),
  ];
  const verdicts = figures
    .filter((f) => f.scope !== "target")
    .map((f) => `“${f.words}” (${short(f.statedDate)}): ${f.verdict}`);
  return {
    chart: "caseload-claims",
    scope: slug,
    title:
      claims.length > 0
        ? `${council.name}: the caseload reported, against the official figure`
        : `${council.name}'s official average caseload beside England's`,
    subtitle: `Average cases per social worker (FTE) at 30 September, and figures reported in the news at the date they applied`,
    description: `${council.name}'s official average caseload ${first && last && first.value !== null && last.value !== null ? `went from ${dp1(first.value)} in ${String(first.year)} to ${dp1(last.value)} in ${String(last.year)}` : "is not published"};${englandOver(eng, first?.year, last?.year)}. ${verdicts.join(". ")}${verdicts.length > 0 ? "." : ""}${target ? ` Target reported: ${String(target.valueLow)}.` : ""}`,
    notes: [
      CASELOAD_NOTE,
      "Reported figures are drawn at the date they applied; where the article does not print a date it was worked out from the text (an “upper bound” means on or before). Ranges are how the words were read.",
      ...(own.some((p) => p.joint) ? ["Some years are a joint return covering more than one council."] : []),
    ],
    sources: [DFE_SOURCE, ...newsSources(figures.map((f) => f.sourceId))],
    columns: [
      { key: "series", label: "Series", format: "text" },
      { key: "time_period", label: "Year (30 September)", format: "text" },
      { key: "date", label: "Date stated", format: "date" },
      { key: "caseload_fte", label: "Average caseload", format: "dp1" },
      { key: "status", label: "DfE symbol", format: "text" },
      { key: "note", label: "Note", format: "text" },
    ],
    rows,
    plot: (width) =>
      claimsTrend(series, claims, {
        width,
        yLabel: "Cases per social worker",
        ...(target
          ? {
              target: {
                value: target.valueLow ?? 0,
                label: `Target: ${String(target.valueLow)}`,
                title: `${council.name}'s target, reported ${short(target.statedDate)}: ${String(target.valueLow)}`,
              },
            }
          : {}),
        xDomain: [Math.min(2017, ...claims.map((c) => Math.floor(c.x))), 2026],
      }),
    key: [
      { label: council.name, color: "var(--color-council)", shape: "line" },
      { label: "England", color: "var(--color-england)", shape: "dash" },
      ...(claims.length > 0
        ? [{ label: "Reported figure", color: "var(--color-reported)", shape: "bar" as const }]
        : []),
      ...(target ? [{ label: "Target", color: "var(--color-flag)", shape: "dash" as const }] : []),
    ],
    page,
    ...(last && last.value !== null
      ? {
          headline: {
            value: dp1(last.value),
            label: `${council.name}'s official average caseload, ${String(last.year)}`,
          },
        }
      : {}),
  };
}
