/**
 * The official figures a testimony or a reported figure is read against: the council's DfE average caseload at a
 * 30 September count, England's, and the spread of every council's that year. Each year's spread is computed once
 * per build (memoised), never by scanning the workforce table per testimony.
 */
import { countInForce } from "../domain/counts.ts";
import { summarise } from "../domain/stats.ts";
import { allWorkforceRows, englandSeries, seriesFor, SYMBOLS } from "../data/workforce.ts";
import { getCouncil } from "../data/councils.ts";
import type { Testimony } from "../data/reported.ts";

/** The spread of councils' average caseloads at one count: DfE local-authority rows with a number. */
export interface Spread {
  year: number;
  /** Rows with a number (a joint row such as Kingston and Richmond counts once). */
  n: number;
  /** Rows with a symbol instead of a number that year (never counted as 0). */
  withheld: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  /** DfE names of the rows holding the lowest and highest values. */
  minName: string;
  maxName: string;
}

/** The council's own official value at a count, or the reason there is none. */
interface CouncilValue {
  slug: string;
  name: string;
  year: number;
  value: number | null;
  /** DfE symbol when value is null ("" when a number; "no row" when DfE has no row that year). */
  status: string;
  /** The value is a joint row covering two councils. */
  joint: boolean;
  laName: string;
}

/** Everything one testimony is drawn against. */
export interface OfficialContext {
  /** The 30 September count the testimony is read against. */
  year: number;
  england: number | null;
  council: CouncilValue | null;
  spread: Spread | null;
}

let spreads: Map<number, Spread> | undefined;

/** Quartiles and extremes of sorted numbers (R-7 quantiles, as in most statistics packages); null when empty. */
export function fiveNumbers(
  sorted: readonly number[],
): { min: number; q1: number; median: number; q3: number; max: number } | null {
  if (sorted.length === 0) return null;
  const { min, q1, median, q3, max } = summarise(sorted);
  return { min, q1, median, q3, max };
}

function buildSpreads(): Map<number, Spread> {
  const byYear = new Map<number, { value: number; name: string }[]>();
  const withheld = new Map<number, number>();
  for (const row of allWorkforceRows()) {
    if (row.level !== "Local authority") continue;
    const value = row.values["caseload_fte"] ?? null;
    if (value === null) withheld.set(row.year, (withheld.get(row.year) ?? 0) + 1);
    else byYear.set(row.year, [...(byYear.get(row.year) ?? []), { value, name: row.laName }]);
  }
  const out = new Map<number, Spread>();
  for (const [year, points] of byYear) {
    points.sort((a, b) => a.value - b.value);
    const five = fiveNumbers(points.map((p) => p.value));
    if (!five) continue;
    out.set(year, {
      year,
      n: points.length,
      withheld: withheld.get(year) ?? 0,
      ...five,
      minName: points[0]?.name ?? "",
      maxName: points.at(-1)?.name ?? "",
    });
  }
  return out;
}

/** The spread of councils' average caseloads at the year's count, or null if DfE has no such year. */
export const spreadFor = (year: number): Spread | null => (spreads ??= buildSpreads()).get(year) ?? null;

/** The council's official caseload at a count (joint rows flagged), or a "no row" marker. */
function councilValue(slug: string, year: number): CouncilValue | null {
  const council = getCouncil(slug);
  if (!council) return null;
  const point = seriesFor(slug, "caseload_fte").find((p) => p.year === year);
  return {
    slug,
    name: council.name,
    year,
    value: point?.value ?? null,
    status: point ? point.status : "no row",
    joint: point?.joint ?? false,
    laName: point?.la_name ?? council.dfeName,
  };
}

/** The official figures one testimony is drawn against. */
export function contextFor(t: Pick<Testimony, "date" | "councilSlug">): OfficialContext {
  const year = countInForce(t.date);
  if (year === null)
    throw new Error(`a statement of ${t.date} is before the first DfE count: there is no count to read it against`);
  return {
    year,
    england: englandSeries("caseload_fte").find((p) => p.year === year)?.value ?? null,
    council: t.councilSlug ? councilValue(t.councilSlug, year) : null,
    spread: spreadFor(year),
  };
}

/** Why a value is missing, in words: "u: low reliability", "no DfE row that year". */
export function missingReason(status: string): string {
  if (status === "no row") return "no DfE row that year";
  const meaning = SYMBOLS[status];
  return meaning ? `${status}: ${meaning}` : "not published";
}

/**
 * A commenter's own caseload in words, as they gave it: "38 to 45", "38", "at least 38" (a floor, such as "never
 * under 38", with no upper figure), or null when they gave no figure of their own.
 */
export function rangeText(t: Pick<Testimony, "caseloadLow" | "caseloadHigh">): string | null {
  const { caseloadLow: low, caseloadHigh: high } = t;
  if (low === null && high === null) return null;
  if (low !== null && high === null) return `at least ${String(low)}`;
  if (low !== null && high !== null && low !== high) return `${String(low)} to ${String(high)}`;
  return String(low ?? high);
}

/** The team caseload a commenter gave, kept apart from their own, in their words where given: "the mid 40s". */
function teamText(t: Pick<Testimony, "teamLow" | "teamHigh" | "teamWords">): string | null {
  if (t.teamWords) return `the ${t.teamWords}`;
  const low = t.teamLow ?? t.teamHigh ?? null;
  const high = t.teamHigh ?? t.teamLow ?? null;
  if (low === null || high === null) return null;
  return low === high ? String(low) : `${String(low)} to ${String(high)}`;
}

/** Everything a commenter said in figures: "at least 38 for themselves, with the mid 40s for their team". */
export function statedText(
  t: Pick<Testimony, "caseloadLow" | "caseloadHigh" | "teamLow" | "teamHigh" | "teamWords">,
): string | null {
  const own = rangeText(t);
  const team = teamText(t);
  if (own === null) return team === null ? null : `${team} for their team`;
  return team === null ? own : `${own} for themselves, with ${team} for their team`;
}
