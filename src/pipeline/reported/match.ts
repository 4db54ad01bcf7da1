/**
 * Match step: attach to each reported figure the official DfE value for the same council at the 30 September
 * counts either side of the statement date, then the verdict.
 */
import type { CsvRecord } from "./load.ts";
import type { FigureRow } from "./schema.ts";
import { verdict, type OfficialPoint, type Verdict } from "./verdict.ts";

/** Official values are looked up by council slug, then by count year. */
export interface WorkforceIndex {
  byCouncil: Map<string, Map<number, Record<string, string>>>;
  firstYear: number;
  lastYear: number;
}

/** Index data/workforce.csv local-authority rows by each slug in council_slugs and by time_period. */
export function indexWorkforce(workforce: CsvRecord[]): WorkforceIndex {
  const byCouncil = new Map<string, Map<number, Record<string, string>>>();
  let firstYear = Infinity;
  let lastYear = -Infinity;
  for (const { cells } of workforce) {
    const year = Number(cells["time_period"]);
    if (!Number.isInteger(year)) continue;
    firstYear = Math.min(firstYear, year);
    lastYear = Math.max(lastYear, year);
    const level = cells["geographic_level"];
    if (level !== undefined && level !== "" && level !== "Local authority") continue;
    for (const slug of (cells["council_slugs"] ?? "").split(";").filter((s) => s !== "")) {
      const years = byCouncil.get(slug) ?? new Map<number, Record<string, string>>();
      if (!years.has(year)) years.set(year, cells);
      byCouncil.set(slug, years);
    }
  }
  return { byCouncil, firstYear, lastYear };
}

/** A date given to the month or year ("2018-08", "2016") is placed at its last day. */
export function resolveDate(iso: string): string {
  if (/^\d{4}$/.test(iso)) return `${iso}-12-31`;
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (month) {
    const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return `${iso}-${String(last).padStart(2, "0")}`;
  }
  return iso;
}

/** Count years either side of a date: a statement on 30 September itself has that count on both sides. */
export function bracketingYears(iso: string): { before: number; after: number } {
  const day = resolveDate(iso);
  const year = Number(day.slice(0, 4));
  const count = `${String(year)}-09-30`;
  return { before: day >= count ? year : year - 1, after: day <= count ? year : year + 1 };
}

function point(index: WorkforceIndex, slug: string, year: number, measure: string): OfficialPoint | "none" {
  if (year < index.firstYear || year > index.lastYear) return "none";
  const row = index.byCouncil.get(slug)?.get(year);
  if (!row) return { year, value: null, status: "no row" };
  const raw = (row[measure] ?? "").trim();
  const value = raw !== "" && Number.isFinite(Number(raw)) ? Number(raw) : null;
  const status = row[`${measure}_status`] ?? (value === null ? raw : "");
  return { year, value, status };
}

/** A reported figure with its official comparison and verdict. */
export interface MatchedFigure {
  row: FigureRow;
  before: OfficialPoint | "none" | null;
  after: OfficialPoint | "none" | null;
  verdict: Verdict;
}

/** Attach official values (null when there is no council or no DfE measure to look up) and the verdict. */
export function matchFigure(row: FigureRow, index: WorkforceIndex): MatchedFigure {
  const lookup = row.council_slug !== "" && row.measure !== "other" && row.measure !== "starters";
  const years = bracketingYears(row.stated_date);
  const before = lookup ? point(index, row.council_slug, years.before, row.measure) : null;
  const after = lookup ? point(index, row.council_slug, years.after, row.measure) : null;
  const v = verdict({
    councilSlug: row.council_slug,
    measure: row.measure,
    scope: row.scope,
    low: row.value_low,
    high: row.value_high,
    before: before ?? "none",
    after: after ?? "none",
  });
  return { row, before, after, verdict: v };
}
