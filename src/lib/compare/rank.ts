/**
 * Rankings: every council with a figure for one measure and year, ranked highest first. A joint return is one
 * figure, so its councils share one rank (and are flagged); equal values share a rank too. Change since the year
 * before and since 2017 compares the same council's own rows only (a council created after 2017 has no 2017 figure).
 */
import { allCouncils, type Council } from "../data/councils.ts";
import { latestInspection } from "../data/inspections.ts";
import { allReported, type ReportedFigure } from "../data/reported.ts";
import { rankWithTies } from "../domain/rank.ts";
import { isSmallCouncil } from "../domain/small.ts";
import { COMPARE_MEASURES, type Point } from "./model.ts";
import { compareCouncil } from "./data.ts";

/** Ranking pages: URL segment and measure. */
export const RANK_MEASURES = [
  { path: "caseload", key: "caseload_fte", short: "Average caseload" },
  { path: "agency", key: "agency_rate_fte", short: "Agency worker rate" },
  { path: "vacancy", key: "vacancy_rate_fte", short: "Vacancy rate" },
  { path: "turnover", key: "turnover_rate_fte", short: "Turnover rate" },
  {
    path: "children-in-need-per-case-holder",
    key: "cin_per_case_holder_fte",
    short: "Children in need per case holder",
  },
  { path: "case-holder-share", key: "case_holder_share", short: "Share holding cases" },
] as const;
/** One ranking measure. */
export type RankMeasure = (typeof RANK_MEASURES)[number];

/** One council's line in a ranking. */
export interface RankRow {
  council: Council;
  rank: number | null;
  /** Whether another council shares this rank (a tie or a joint return). */
  shared: boolean;
  point: Point | undefined;
  previous: number | null;
  since2017: number | null;
  small: boolean;
  grade: string | null;
}

/** Whether a measure is a percentage (its changes are percentage points). */
export const isPct = (m: RankMeasure): boolean => COMPARE_MEASURES.find((x) => x.key === m.key)?.pct ?? false;

/** Change from year y0 to the point, only like for like: both rows the council's own, or both the same joint return. */
function change(pts: readonly Point[], point: Point, y0: number): number | null {
  const before = pts.find((p) => p[0] === y0);
  if (!before || before[1] === null || point[1] === null || before[3] !== point[3]) return null;
  return point[1] - before[1];
}

/** Years with at least one council figure for the measure, oldest first. */
export function rankYears(m: RankMeasure): number[] {
  const ys = new Set<number>();
  for (const c of allCouncils()) for (const p of compareCouncil(c).series[m.key] ?? []) if (p[1] !== null) ys.add(p[0]);
  return [...ys].sort((a, b) => a - b);
}

/** Every council with a row in year y, ranked by value, highest first; councils with a symbol come last, unranked. */
export function rankings(m: RankMeasure, y: number): RankRow[] {
  const rows = allCouncils().flatMap((c): RankRow[] => {
    const pts = compareCouncil(c).series[m.key] ?? [];
    const point = pts.find((p) => p[0] === y);
    if (!point) return [];
    return [
      {
        council: c,
        rank: null,
        shared: false,
        point,
        previous: change(pts, point, y - 1),
        since2017: y === 2017 ? null : change(pts, point, 2017),
        small: isSmallCouncil(c.slug, y),
        grade: latestInspection(c.slug)?.overall ?? null,
      },
    ];
  });
  const ranked = rows.filter((r) => r.point?.[1] != null).sort((a, b) => (b.point?.[1] ?? 0) - (a.point?.[1] ?? 0));
  // Distinct figures, a joint return counted once: a council's rank is 1 + the number of higher figures.
  const figures: { v: number; key: string }[] = [];
  for (const r of ranked) {
    const key = r.point?.[3] ? [r.council.name, r.point[3]].sort().join("|") : r.council.slug;
    if (!figures.some((f) => f.key === key)) figures.push({ v: r.point?.[1] ?? 0, key });
  }
  const values = figures.map((f) => f.v);
  for (const r of ranked) {
    const v = r.point?.[1] ?? 0;
    r.rank = rankWithTies(values, v).place;
    r.shared = ranked.some((o) => o !== r && (o.point?.[1] ?? 0) === v);
  }
  const unranked = rows
    .filter((r) => r.point?.[1] == null)
    .sort((a, b) => a.council.name.localeCompare(b.council.name, "en-GB"));
  return [...ranked, ...unranked];
}

/** Reported figures checked against an official value, largest gap first. */
export const largestGaps = (): ReportedFigure[] =>
  allReported()
    .filter((f) => f.difference !== null)
    .sort((a, b) => Math.abs(b.difference ?? 0) - Math.abs(a.difference ?? 0));
