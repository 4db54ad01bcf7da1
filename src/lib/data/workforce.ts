/**
 * Typed reader for data/workforce.csv (DfE Children's social work workforce, 2017-2025).
 * Indexed once by council slug and by area; series lookups never scan the whole table.
 */
import { readRows, num, list } from "./load.ts";
import { DFE_SYMBOLS, VALUE_COLUMNS } from "./rules.ts";
import { getCouncil } from "./councils.ts";

/** DfE symbols shown in place of a number, and what they mean. */
export const SYMBOLS: Readonly<Record<string, string>> = DFE_SYMBOLS;

/** Measures the site charts, with labels and units. `key` is DfE's column name. */
export const MEASURES = [
  { key: "caseload_fte", label: "Average caseload", unit: "cases per social worker", short: "Caseload" },
  { key: "agency_rate_fte", label: "Agency worker rate", unit: "%", short: "Agency rate" },
  { key: "vacancy_rate_fte", label: "Vacancy rate", unit: "%", short: "Vacancy rate" },
  { key: "turnover_rate_fte", label: "Turnover rate", unit: "%", short: "Turnover" },
  { key: "absence_rate_fte", label: "Sickness absence rate", unit: "%", short: "Absence" },
  { key: "inpost_fte", label: "Social workers in post (FTE)", unit: "FTE", short: "In post" },
  { key: "vacancy_fte", label: "Vacancies (FTE)", unit: "FTE", short: "Vacancies" },
  { key: "agency_fte", label: "Agency workers (FTE)", unit: "FTE", short: "Agency" },
  { key: "cases", label: "Cases held", unit: "cases", short: "Cases" },
] as const;
/** A measure key (DfE column name). */
export type Measure = (typeof MEASURES)[number]["key"];

/** One DfE row: values are numbers or null (with status holding DfE's symbol). */
export interface WorkforceRow {
  year: number;
  level: "National" | "Regional" | "Local authority";
  regionCode: string;
  regionName: string;
  oldLaCode: string;
  newLaCode: string;
  laName: string;
  councilSlugs: string[];
  joint: boolean;
  values: Record<string, number | null>;
  status: Record<string, string>;
}

/** One point of a series. `status` is "" for a number, else the DfE symbol (value null). */
export interface SeriesPoint {
  year: number;
  value: number | null;
  status: string;
  joint: boolean;
  la_name: string;
}

interface Index {
  rows: WorkforceRow[];
  bySlug: Map<string, WorkforceRow[]>;
  byArea: Map<string, WorkforceRow[]>;
}
let index: Index | null = null;

function build(): Index {
  const rows = readRows("workforce").map((r): WorkforceRow => {
    const cells = r as Record<string, string>;
    const values: Record<string, number | null> = {};
    const status: Record<string, string> = {};
    for (const k of VALUE_COLUMNS) {
      values[k] = num(cells[k]);
      status[k] = cells[`${k}_status`] ?? "";
    }
    return {
      year: Number(r.time_period),
      level: r.geographic_level,
      regionCode: r.region_code,
      regionName: r.region_name,
      oldLaCode: r.old_la_code,
      newLaCode: r.new_la_code,
      laName: r.la_name,
      councilSlugs: list(r.council_slugs),
      joint: r.joint === "true",
      values,
      status,
    };
  });
  rows.sort((a, b) => a.year - b.year);
  const bySlug = new Map<string, WorkforceRow[]>();
  const byArea = new Map<string, WorkforceRow[]>();
  for (const row of rows) {
    for (const s of row.councilSlugs) bySlug.set(s, [...(bySlug.get(s) ?? []), row]);
    if (row.level !== "Local authority") {
      const key = row.level === "National" ? "England" : row.regionCode;
      byArea.set(key, [...(byArea.get(key) ?? []), row]);
    }
  }
  return { rows, bySlug, byArea };
}

const idx = (): Index => (index ??= build());

const point = (r: WorkforceRow, m: Measure): SeriesPoint => ({
  year: r.year,
  value: r.values[m] ?? null,
  status: r.status[m] ?? "",
  joint: r.joint,
  la_name: r.laName,
});

/** Every DfE row (England, regions, councils), sorted by year. */
export const allWorkforceRows = (): readonly WorkforceRow[] => idx().rows;

/** The council's own yearly series, joint rows covering it included (flagged joint). */
export const seriesFor = (slug: string, measure: Measure): SeriesPoint[] =>
  (idx().bySlug.get(slug) ?? []).map((r) => point(r, measure));

/** England's series (DfE's National rows). */
export const englandSeries = (measure: Measure): SeriesPoint[] => (idx().byArea.get("England") ?? []).map((r) => point(r, measure));

/** A DfE region's series by its region code (E12..., or E13000001/E13000002 for Inner/Outer London). */
export const regionSeries = (dfeRegionCode: string, measure: Measure): SeriesPoint[] =>
  (idx().byArea.get(dfeRegionCode) ?? []).map((r) => point(r, measure));

/** The council's most recent DfE row, or undefined. */
export const latestFor = (slug: string): WorkforceRow | undefined => idx().bySlug.get(slug)?.at(-1);

/** Series of the council's predecessors (e.g. Cumbria for Cumberland), each labelled with its name. */
export function predecessorSeries(slug: string, measure: Measure): { slug: string; name: string; series: SeriesPoint[] }[] {
  return (getCouncil(slug)?.predecessors ?? []).map((p) => ({
    slug: p,
    name: getCouncil(p)?.name ?? p,
    series: seriesFor(p, measure),
  }));
}
