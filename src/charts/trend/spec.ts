/** The council page's caseload trend, default view: the council against England and its region ("caseload-trend"). */
import { CASELOAD, pagePath } from "../council.ts";
import type { ChartSpec, KeyItem } from "../../lib/chart/types.ts";
import { getCouncil, type Council } from "../../lib/data/councils.ts";
import { englandSeries, regionSeries, seriesFor } from "../../lib/data/workforce.ts";
import { describeTrend, possessive, type DescribedSeries } from "../../lib/council/describe.ts";
import { inspections as inspectionsOf, regionName } from "../../lib/council/model.ts";
import { dp1, listJoin } from "../../lib/domain/format.ts";
import { caseloadTrend } from "./plot.ts";
import {
  inspectionMarks,
  inspectionNotes,
  ownRows,
  TREND_COLUMNS,
  trendRows,
  trendSources,
  trendTable,
} from "./common.ts";

/** Caseload against England and the region (the default view). */
export function trendEngland(c: Council, years: [number, number]): ChartSpec {
  const { rows, notes, flags } = ownRows(c);
  const eng = englandSeries(CASELOAD);
  const regName = regionName(c.dfeRegionCode);
  const reg = regionSeries(c.dfeRegionCode, CASELOAD);
  const all = [...rows, ...trendRows("England", "england", eng), ...trendRows(regName, "region", reg)];
  const list = inspectionsOf(c.slug);
  const marks = inspectionMarks(list);
  const own = seriesFor(c.slug, CASELOAD);
  const subject: DescribedSeries = { name: c.name, points: own };
  const england: DescribedSeries = { name: "England", points: eng };
  let description = describeTrend(subject, "average caseload", "cases", england);
  const lastOwn = [...own].reverse().find((p) => p.value !== null);
  const regAt = reg.find((p) => p.year === lastOwn?.year)?.value;
  if (lastOwn?.value != null && regAt != null) {
    description += ` The ${regName} average that year was ${dp1(regAt)}.`;
  }
  const preds = c.predecessors.map((p) => getCouncil(p)).filter((x): x is Council => x !== undefined);
  for (const p of preds) {
    const s = seriesFor(p.slug, CASELOAD);
    if (s.length > 0) description += ` ${describeTrend({ name: p.name, points: s }, "average caseload", "cases")}`;
  }
  const key: KeyItem[] = [
    { label: c.name, color: "var(--color-council)", shape: "line" },
    ...(preds.length > 0
      ? [
          {
            label: `${listJoin(preds.map((p) => p.name))} (before ${c.validFrom?.slice(0, 4) ?? ""})`,
            color: "var(--color-council)",
            shape: "dash" as const,
          },
        ]
      : []),
    { label: "England", color: "var(--color-england)", shape: "line" },
    { label: regName, color: "var(--color-region)", shape: "line" },
    ...(marks.length > 0
      ? [
          {
            label: "Ofsted inspection (grade: Out, Good, RI, Inad)",
            color: "var(--color-ink-muted)",
            shape: "diamond" as const,
          },
        ]
      : []),
  ];
  const last = lastOwn;
  return {
    chart: "caseload-trend",
    scope: c.slug,
    title: own.some((p) => p.value !== null)
      ? `${possessive(c.name)} average caseload, ${String(years[0])}–${String(years[1])}`
      : `${c.name}: caseload`,
    subtitle: `Cases per case-holding children's social worker (FTE) at 30 September, against England and ${regName}`,
    description,
    notes: [...notes, ...inspectionNotes(list)],
    sources: trendSources(list),
    columns: TREND_COLUMNS,
    rows: trendTable(all, flags, [], "", marks, list),
    plot: (width) => caseloadTrend(all, [], marks, { width, years }),
    key,
    page: pagePath(c),
    ...(last?.value != null
      ? { headline: { value: dp1(last.value), label: `${possessive(c.name)} average caseload, ${String(last.year)}` } }
      : {}),
  };
}
