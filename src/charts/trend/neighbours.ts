/** The caseload trend against the council's statistical neighbours ("caseload-neighbours"). */
import { CASELOAD, pagePath } from "../council.ts";
import type { ChartSpec } from "../../lib/chart/types.ts";
import { type Council } from "../../lib/data/councils.ts";
import { englandSeries, seriesFor } from "../../lib/data/workforce.ts";
import { describeTrend, possessive } from "../../lib/council/describe.ts";
import { inspections as inspectionsOf, neighbours } from "../../lib/council/model.ts";
import { flagText } from "../../lib/council/model.ts";
import { dp1, listJoin } from "../../lib/domain/format.ts";
import { caseloadTrend, type TrendRow } from "./plot.ts";
import {
  inspectionMarks,
  inspectionNotes,
  ownRows,
  TREND_COLUMNS,
  trendRows,
  trendSources,
  trendTable,
  briefJointNote,
} from "./common.ts";

/** Caseload against the statistical neighbours. */
export function trendNeighbours(c: Council, years: [number, number]): ChartSpec {
  const { rows, notes, flags } = ownRows(c);
  const eng = englandSeries(CASELOAD);
  const nb = neighbours(c);
  const seen = new Set<string>();
  const nbRows: TrendRow[] = [];
  for (const n of nb) {
    const pts = seriesFor(n.slug, CASELOAD);
    const laName = pts.at(-1)?.la_name ?? n.name;
    // A joint return shared with this council or another neighbour is drawn once.
    if (pts.some((p) => p.joint) && (seen.has(laName) || pts.at(-1)?.la_name.includes(c.name))) continue;
    seen.add(laName);
    nbRows.push(...trendRows(n.name, "comparator", pts));
    for (const p of pts) {
      const f = flagText(p, n.slug);
      if (f) flags.set(`${n.name}|${String(p.year)}`, f);
    }
  }
  const all = [...nbRows, ...rows, ...trendRows("England", "england", eng)];
  const list = inspectionsOf(c.slug);
  const marks = inspectionMarks(list);
  const own = seriesFor(c.slug, CASELOAD);
  const lastOwn = [...own].reverse().find((p) => p.value !== null);
  let description = describeTrend({ name: c.name, points: own }, "average caseload", "cases");
  if (lastOwn?.value != null) {
    const vals = nbRows.filter((r) => r.year === lastOwn.year && r.value !== null).map((r) => r.value as number);
    if (vals.length > 0) {
      const below = vals.filter((v) => v < (lastOwn.value as number)).length;
      const lo = Math.min(...vals);
      const hi = Math.max(...vals);
      description += ` In ${String(lastOwn.year)} its statistical neighbours ranged from ${dp1(lo)} to ${dp1(hi)}; ${below === 0 ? "none" : String(below)} of the ${String(vals.length)} with a figure had a lower caseload than ${c.name}.`;
    }
  }
  return {
    chart: "caseload-neighbours",
    scope: c.slug,
    title: `${possessive(c.name)} caseload against its statistical neighbours`,
    subtitle:
      "Cases per case-holding social worker (FTE) at 30 September; grey lines are the councils DfE judges most similar",
    description,
    notes: [
      `Statistical neighbours (${c.statNeighboursSource}): ${listJoin(nb.map((n) => n.name))}.`,
      ...briefJointNote(notes),
      ...inspectionNotes(list),
    ],
    sources: trendSources(list),
    columns: TREND_COLUMNS,
    rows: trendTable(all, flags, [], "", marks, list),
    plot: (width) => caseloadTrend(all, [], marks, { width, years }),
    key: [
      { label: c.name, color: "var(--color-council)", shape: "line" },
      { label: "Statistical neighbours", color: "var(--color-comparator)", shape: "line" },
      { label: "England", color: "var(--color-england)", shape: "line" },
    ],
    page: pagePath(c),
  };
}
