/**
 * Everything a council page and its charts read about one council, built from the typed readers. The
 * per-council lookups are O(1): comparator groups are indexed once per build.
 */
import { allCouncils, currentCouncils, getCouncil, type Council } from "../data/councils.ts";
import { inspectionsFor, latestInspection, type Grade, type Inspection } from "../data/inspections.ts";
import {
  allWorkforceRows,
  englandSeries,
  latestFor,
  regionSeries,
  seriesFor,
  SYMBOLS,
  type Measure,
  type SeriesPoint,
} from "../data/workforce.ts";
import { dp1, round1 } from "../domain/format.ts";
import { isSmallCouncil, SMALL_NOTE } from "../domain/small.ts";
import { quantile } from "../domain/stats.ts";

/** Council names by slug ("" for unknown). */
const nameOf = (slug: string): string => getCouncil(slug)?.name ?? slug;

let regionNames: Map<string, string> | undefined;
/** A DfE region's name by its code (Inner London, Outer London, North East, ...). */
export function regionName(code: string): string {
  if (!regionNames) {
    regionNames = new Map();
    for (const r of allWorkforceRows()) if (r.level === "Regional") regionNames.set(r.regionCode, r.regionName);
  }
  return regionNames.get(code) ?? code;
}

let byGrade: Map<Grade, Council[]> | undefined;
/** Current councils whose latest overall grade equals this council's (itself excluded). */
export function sameGradeCouncils(slug: string): {
  grade: Grade | null;
  councils: Council[];
  /** How many of those councils' latest grades are unofficial (Data to Insight's scrape, after March 2025). */
  unofficial: number;
} {
  if (!byGrade) {
    byGrade = new Map();
    for (const c of currentCouncils()) {
      const g = latestInspection(c.slug)?.overall;
      if (g) byGrade.set(g, [...(byGrade.get(g) ?? []), c]);
    }
  }
  const grade = latestInspection(slug)?.overall ?? null;
  const councils = grade ? (byGrade.get(grade) ?? []).filter((c) => c.slug !== slug) : [];
  const unofficial = councils.filter((c) => latestInspection(c.slug)?.source === "unofficial").length;
  return { grade, councils, unofficial };
}

/** Statistical neighbours that have a council record. */
export const neighbours = (c: Council): Council[] =>
  c.statNeighbours.map((s) => getCouncil(s)).filter((x): x is Council => x !== undefined);

/**
 * What a point's flag column says: DfE's symbol meaning, or the joint return (unless `joint` is false, where the
 * page says it once already). "" when clean.
 */
export function flagText(
  p: Pick<SeriesPoint, "year" | "value" | "status" | "joint" | "la_name">,
  slug: string,
  joint = true,
): string {
  const parts: string[] = [];
  if (p.value === null) parts.push(p.status ? `${p.status}: ${SYMBOLS[p.status] ?? "not published"}` : "no figure");
  if (p.joint && joint) parts.push(`joint figure with ${jointWith(p.la_name, slug)}`);
  if (p.value !== null && isSmallCouncil(slug, p.year)) parts.push(SMALL_NOTE);
  return parts.join("; ");
}

/** The other council(s) named in a joint row's la_name ("Kingston upon Thames / Richmond upon Thames"). */
export function jointWith(laName: string, slug: string): string {
  const own = nameOf(slug);
  const others = laName.split(" / ").filter((n) => n.trim() !== own);
  return others.length > 0 ? others.join(" and ") : laName;
}

/** Median and middle half of a group's values each year (joint rows counted once). */
export function groupBand(
  slugs: readonly string[],
  measure: Measure,
  years: readonly number[],
): { year: number; median: number; low: number; high: number; n: number }[] {
  const perYear = new Map<number, Map<string, number>>();
  for (const s of slugs) {
    for (const p of seriesFor(s, measure)) {
      if (p.value === null) continue;
      const m = perYear.get(p.year) ?? new Map<string, number>();
      m.set(p.la_name, p.value);
      perYear.set(p.year, m);
    }
  }
  return years.flatMap((year) => {
    const vals = [...(perYear.get(year)?.values() ?? [])].sort((a, b) => a - b);
    if (vals.length < 3) return [];
    return [
      {
        year,
        median: round1(quantile(vals, 0.5)),
        low: round1(quantile(vals, 0.25)),
        high: round1(quantile(vals, 0.75)),
        n: vals.length,
      },
    ];
  });
}

/** One headline figure: the council's latest value beside England's and the region's for the same year. */
export interface Headline {
  key: Measure;
  label: string;
  unit: "cases" | "percent";
  year: number | null;
  value: number | null;
  flag: string;
  england: number | null;
  region: number | null;
}

const HEADLINE_MEASURES: readonly { key: Measure; label: string; unit: "cases" | "percent" }[] = [
  { key: "caseload_fte", label: "Average caseload", unit: "cases" },
  { key: "agency_rate_fte", label: "Agency worker rate", unit: "percent" },
  { key: "vacancy_rate_fte", label: "Vacancy rate", unit: "percent" },
  { key: "turnover_rate_fte", label: "Turnover rate", unit: "percent" },
];

/**
 * The council's latest caseload, agency, vacancy and turnover rates against England and its region (flags without
 * the joint return, which the page states once from the same latest row).
 */
export function headlines(c: Council): Headline[] {
  const latest = latestFor(c.slug);
  return HEADLINE_MEASURES.map((m) => {
    if (!latest) return { ...m, year: null, value: null, flag: "", england: null, region: null };
    const year = latest.year;
    const own = seriesFor(c.slug, m.key).find((p) => p.year === year);
    return {
      ...m,
      year,
      value: own?.value ?? null,
      // The council page states a joint return once, above these figures, not on each of them.
      flag: own ? flagText(own, c.slug, false) : "",
      england: englandSeries(m.key).find((p) => p.year === year)?.value ?? null,
      region: regionSeries(c.dfeRegionCode, m.key).find((p) => p.year === year)?.value ?? null,
    };
  });
}

/**
 * The council page's first sentence: the latest caseload against England's for the same year; when DfE published
 * none at the latest count, says so with the symbol's meaning and gives the last year it did; flags small returns.
 */
export function caseloadLead(c: Council): string {
  const series = seriesFor(c.slug, "caseload_fte");
  const latest = series.at(-1);
  const last = series.filter((p) => p.value !== null).at(-1);
  if (!last || last.value === null) return `No caseload figure has been published for ${c.name}.`;
  const england = englandSeries("caseload_fte").find((p) => p.year === last.year)?.value ?? null;
  const small = isSmallCouncil(c.slug, last.year) ? ` (${SMALL_NOTE})` : "";
  const figure = `${dp1(last.value)} at 30 September ${String(last.year)}${small}${england !== null ? `, against ${dp1(england)} for England` : ""}`;
  if (latest && latest.year !== last.year) {
    const why = latest.status ? ` (${latest.status}: ${SYMBOLS[latest.status] ?? "not published"})` : "";
    return `DfE published no caseload figure for ${c.name} at 30 September ${String(latest.year)}${why}. Its average caseload per children's social worker was ${figure}.`;
  }
  return `${c.name}'s average caseload per children's social worker was ${figure}.`;
}

/** The latest inspection and whether it is the unofficial Data to Insight scrape. */
export const latestGrade = (slug: string): Inspection | undefined => latestInspection(slug);

/** Inspections of this council (oldest first). */
export const inspections = (slug: string): readonly Inspection[] => inspectionsFor(slug);

/** Every council (current first, then former), by name. */
export const councilsByName = (): Council[] => [...allCouncils()].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));

/** Years of the DfE series (England's rows). */
export const seriesYears = (): number[] => englandSeries("caseload_fte").map((p) => p.year);
