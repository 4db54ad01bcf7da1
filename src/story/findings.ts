/**
 * The home page's findings, computed from the typed readers at build time. Each function indexes what it needs
 * once (memoised), so pages and chart specs can call them freely. Sentences built from these numbers live in
 * ./statements.ts; nothing here is typed in by hand.
 */
import { allWorkforceRows, englandSeries, seriesFor, type Measure } from "../lib/data/workforce.ts";
import { allInspections, type Grade, type Inspection } from "../lib/data/inspections.ts";
import { getCouncil, returnName } from "../lib/data/councils.ts";
import { allReported, allTestimony, type ReportedFigure, type Testimony } from "../lib/data/reported.ts";
import { binBy, summarise, type Bin, type Summary } from "../lib/domain/stats.ts";
import { countInForce } from "../lib/domain/counts.ts";
import { GRADE_NAMES } from "../lib/domain/grades.ts";
import { isSmallCouncil, isSmallFte } from "../lib/domain/small.ts";

/** One council's (or joint return's) published value at one 30 September count. */
export interface CouncilYear {
  year: number;
  value: number;
  /** DfE's name for the return (joint returns name both councils). */
  name: string;
  /** Councils the return covers (two for a joint return). */
  slugs: string[];
  joint: boolean;
  /** Fewer than SMALL_FTE case-holding FTE (lib/domain/small.ts): flagged, left out of stated extremes and ranges. */
  small: boolean;
}

const memo = new Map<string, unknown>();
function once<T>(key: string, f: () => T): T {
  if (!memo.has(key)) memo.set(key, f());
  return memo.get(key) as T;
}

/** Every council return with a published value of `measure` (joint returns once; suppressed values left out). */
export const councilYears = (measure: Measure = "caseload_fte"): CouncilYear[] =>
  once(`cy:${measure}`, () =>
    allWorkforceRows()
      .filter((r) => r.level === "Local authority")
      .flatMap((r) => {
        const value = r.values[measure] ?? null;
        if (value === null) return [];
        const small = isSmallFte(r.values["case_holders_fte"]);
        return [
          {
            year: r.year,
            value,
            name: returnName(r.councilSlugs, r.laName),
            slugs: r.councilSlugs,
            joint: r.joint,
            small,
          },
        ];
      }),
  );

/** Council returns whose value of `measure` DfE did not publish (a symbol instead of a number). */
export const suppressedCount = (measure: Measure = "caseload_fte"): number =>
  allWorkforceRows().filter((r) => r.level === "Local authority" && (r.values[measure] ?? null) === null).length;

/** England's value by count year. */
export const englandByYear = (measure: Measure = "caseload_fte"): Map<number, number> =>
  once(
    `eng:${measure}`,
    () =>
      new Map(englandSeries(measure).flatMap((p) => (p.value === null ? [] : [[p.year, p.value] as [number, number]]))),
  );

/** England's value at a count; throws if DfE published none (callers only ask for years in the series). */
export function englandAt(year: number, measure: Measure = "caseload_fte"): number {
  const v = englandByYear(measure).get(year);
  if (v === undefined) throw new Error(`no England ${measure} for ${String(year)}`);
  return v;
}

/** One year's spread of council values. */
export interface YearDistribution {
  year: number;
  summary: Summary;
  bins: Bin<CouncilYear>[];
  england: number | null;
  highest: CouncilYear;
  lowest: CouncilYear;
  /** The extremes prose states: small returns left out (named in `leftOut`). */
  stated: { highest: CouncilYear; lowest: CouncilYear; leftOut: CouncilYear[] };
}

/** The lowest and highest of sorted rows once small returns are left out, and which were left out. */
function statedExtremes<T extends { small: boolean }>(sorted: readonly T[]): { lowest: T; highest: T; leftOut: T[] } {
  const kept = sorted.filter((r) => !r.small);
  const lowest = kept[0];
  const highest = kept.at(-1);
  if (!lowest || !highest) throw new Error("no values left once small returns are left out");
  return { lowest, highest, leftOut: sorted.filter((r) => r.small) };
}

const byValue = (a: CouncilYear, b: CouncilYear): number => a.value - b.value || (a.name < b.name ? -1 : 1);

/** Per count year: the five-number summary, 1-case bins, England's value, and the highest and lowest returns. */
export const yearDistributions = (measure: Measure = "caseload_fte"): YearDistribution[] =>
  once(`yd:${measure}`, () => {
    const byYear = new Map<number, CouncilYear[]>();
    for (const cy of councilYears(measure)) byYear.set(cy.year, [...(byYear.get(cy.year) ?? []), cy]);
    return [...byYear.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([year, rows]) => {
        const sorted = [...rows].sort(byValue);
        const lowest = sorted[0];
        const highest = sorted.at(-1);
        if (!lowest || !highest) throw new Error(`no council values for ${String(year)}`);
        return {
          year,
          summary: summarise(sorted.map((r) => r.value)),
          bins: binBy(sorted, (r) => r.value, 1),
          england: englandByYear(measure).get(year) ?? null,
          highest,
          lowest,
          stated: statedExtremes(sorted),
        };
      });
  });

/** The highest council value in any year (ties: the earliest year, then by name). */
export function highestEver(measure: Measure = "caseload_fte"): CouncilYear {
  const all = councilYears(measure);
  const top = [...all].sort((a, b) => b.value - a.value || a.year - b.year || (a.name < b.name ? -1 : 1))[0];
  if (!top) throw new Error("no council values");
  return top;
}

/** A practitioner's stated caseload range beside England's average at the last count before they wrote. */
export interface PractitionerRange {
  testimony: Testimony;
  low: number;
  high: number;
  countYear: number;
  england: number;
  /** low / england. */
  ratio: number;
}

/** Every testimony that states a caseload, lowest first, with England's figure at the count before it. */
export const practitionerRanges = (): PractitionerRange[] =>
  once("pr", () =>
    allTestimony()
      .flatMap((t): PractitionerRange[] => {
        const low = t.caseloadLow ?? t.caseloadHigh;
        const high = t.caseloadHigh ?? t.caseloadLow;
        if (low === null || high === null) return [];
        const countYear = countInForce(t.date);
        if (countYear === null) throw new Error(`testimony ${t.id} is dated before the first DfE count`);
        const england = englandAt(countYear);
        return [{ testimony: t, low, high, countYear, england, ratio: low / england }];
      })
      .sort((a, b) => a.low - b.low || (a.testimony.id < b.testimony.id ? -1 : 1)),
  );

/** Reported caseload figures (DfE measure caseload_fte) with a stated value. */
export const reportedCaseloads = (): ReportedFigure[] =>
  allReported().filter((f) => f.measure === "caseload_fte" && f.valueLow !== null);

/** An inspection matched to the council's caseload at the last count before it. */
interface InspectionMatch {
  inspection: Inspection;
  council: string;
  grade: Grade;
  countYear: number;
  value: number;
  joint: boolean;
  /** The council's return at that count was small (lib/domain/small.ts). */
  small: boolean;
}

/** Inspections matched to the count before them, and how many could not be matched and why. */
interface InspectionMatching {
  matched: InspectionMatch[];
  /** SIF rows: Ofsted's table gives only a publication date. */
  noInspectionDate: number;
  /** Inspected before the first count (30 September 2017). */
  beforeSeries: number;
  /** DfE published no caseload for the council at that count. */
  noValue: number;
  /** Left out: published after 31 March 2025 and known only from the unofficial (scraped) table. */
  unofficial: number;
}

/** Match every official inspection with an inspection date to the council's caseload at the last count before it. */
export const inspectionMatching = (): InspectionMatching =>
  once("im", () => {
    const out: InspectionMatching = { matched: [], noInspectionDate: 0, beforeSeries: 0, noValue: 0, unofficial: 0 };
    const series = new Map<string, Map<number, { value: number | null; joint: boolean }>>();
    for (const i of allInspections()) {
      if (i.inspectionDate === null) {
        out.noInspectionDate += 1;
        continue;
      }
      const year = countInForce(i.inspectionDate);
      if (year === null) {
        out.beforeSeries += 1;
        continue;
      }
      if (i.source === "unofficial") {
        out.unofficial += 1;
        continue;
      }
      let s = series.get(i.councilSlug);
      if (!s) {
        s = new Map(seriesFor(i.councilSlug, "caseload_fte").map((p) => [p.year, { value: p.value, joint: p.joint }]));
        series.set(i.councilSlug, s);
      }
      const point = s.get(year);
      if (!point || point.value === null) {
        out.noValue += 1;
        continue;
      }
      out.matched.push({
        inspection: i,
        council: getCouncil(i.councilSlug)?.name ?? i.councilSlug,
        grade: i.overall,
        countYear: year,
        value: point.value,
        joint: point.joint,
        small: isSmallCouncil(i.councilSlug, year),
      });
    }
    return out;
  });

/** Per grade: the five-number summary and 1-case bins of the caseload at the count before each inspection. */
export interface GradeDistribution {
  grade: Grade;
  summary: Summary;
  bins: Bin<InspectionMatch>[];
  /** The range prose states: small returns left out (named in `leftOut`). */
  stated: { lowest: InspectionMatch; highest: InspectionMatch; leftOut: InspectionMatch[] };
}

/** The matched inspections grouped by grade, best grade first (grades with no inspections left out). */
export const gradeDistributions = (): GradeDistribution[] =>
  once("gd", () => {
    const { matched } = inspectionMatching();
    return GRADE_NAMES.flatMap((grade) => {
      const rows = matched.filter((m) => m.grade === grade).sort((a, b) => a.value - b.value);
      if (rows.length === 0) return [];
      const summary = summarise(rows.map((r) => r.value));
      return [{ grade, summary, bins: binBy(rows, (r) => r.value, 1), stated: statedExtremes(rows) }];
    });
  });
