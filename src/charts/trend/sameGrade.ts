/** The caseload trend against councils last given the same Ofsted grade ("caseload-same-grade"). */
import { dp1 } from "../../lib/domain/format.ts";
import { CASELOAD, pagePath } from "../council.ts";
import type { ChartSpec } from "../../lib/chart/types.ts";
import { type Council } from "../../lib/data/councils.ts";
import { englandSeries, seriesFor } from "../../lib/data/workforce.ts";
import { describeTrend, possessive } from "../../lib/council/describe.ts";
import { groupBand, inspections as inspectionsOf, sameGradeCouncils, seriesYears } from "../../lib/council/model.ts";
import { caseloadTrend } from "./plot.ts";
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

/** Caseload against councils whose latest grade is the same as this council's (median and middle half). */
export function trendSameGrade(c: Council, years: [number, number]): ChartSpec | null {
  const { grade, councils, unofficial } = sameGradeCouncils(c.slug);
  if (!grade || councils.length < 3) return null;
  const { rows, notes, flags } = ownRows(c);
  const eng = englandSeries(CASELOAD);
  const allYears = seriesYears();
  const band = groupBand(
    councils.map((x) => x.slug),
    CASELOAD,
    allYears,
  );
  const bandLabel = `Councils last graded ${grade}`;
  const all = [...rows, ...trendRows("England", "england", eng)];
  const list = inspectionsOf(c.slug);
  const marks = inspectionMarks(list);
  const own = seriesFor(c.slug, CASELOAD);
  const lastOwn = [...own].reverse().find((p) => p.value !== null);
  const b = band.find((x) => x.year === lastOwn?.year);
  let follow = "";
  if (b && lastOwn?.value != null) {
    const where =
      lastOwn.value < b.low
        ? "below the middle half"
        : lastOwn.value > b.high
          ? "above the middle half"
          : "within the middle half";
    follow = ` That put it ${where} of the ${String(b.n)} councils (${dp1(b.low)} to ${dp1(b.high)}).`;
  }
  const description = describeTrend(
    { name: c.name, points: own },
    "average caseload",
    "cases",
    {
      name: `the median of councils last graded ${grade}`,
      owner: `the median of councils last graded ${grade}`,
      points: band.map((x) => ({ year: x.year, value: x.median })),
    },
    follow,
  );
  return {
    chart: "caseload-same-grade",
    scope: c.slug,
    title: `${possessive(c.name)} caseload against other councils last graded ${grade}`,
    // The count the description uses (councils with a figure that year, a joint return once), so the two agree.
    subtitle: `Cases per case-holding social worker (FTE) at 30 September; the band is the middle half of the other current councils whose latest Ofsted grade is ${grade}${b ? ` (${String(b.n)} with a figure in ${String(b.year)})` : ""}, the dashed line their median${unofficial > 0 ? `; ${String(unofficial)} of the group's grades are unofficial` : ""}`,
    description,
    notes: [
      `The comparison group is fixed by the latest grade, so earlier years compare councils that may then have had other grades.`,
      ...briefJointNote(notes),
      ...inspectionNotes(list),
    ],
    sources: trendSources(list),
    columns: TREND_COLUMNS,
    rows: trendTable(all, flags, band, bandLabel, marks, list),
    plot: (width) => caseloadTrend(all, band, marks, { width, years, bandLabel }),
    key: [
      { label: c.name, color: "var(--color-council)", shape: "line" },
      { label: `${bandLabel}: middle half`, color: "var(--color-comparator)", shape: "bar" },
      { label: "Their median", color: "var(--color-comparator)", shape: "dash" },
      { label: "England", color: "var(--color-england)", shape: "line" },
    ],
    page: pagePath(c),
  };
}
