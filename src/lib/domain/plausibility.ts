/**
 * Published values that cannot be real. DfE's workforce file gives a 0% turnover for a few councils whose return
 * evidently had no leavers entered: 0 FTE leavers in a year from hundreds of FTE social workers (Manchester 2022,
 * 0 from 415), sometimes while the same row counts leavers by headcount (East Sussex 2017: 0 FTE leavers, 27 by
 * headcount, a headcount turnover of 8.3%). Such a value is shown as flagged, with the reason, and is never drawn
 * or narrated as a real rate, as a suppressed value is not.
 *
 * The rule, on one DfE row: its FTE turnover (or FTE leavers) is published as 0, and either
 *  - the same row counts one or more leavers by headcount (the two counts contradict each other), or
 *  - at least MIN_FTE_FOR_ZERO_LEAVERS FTE were in post. At England's lowest yearly turnover in the series (about
 *    14%), 50 FTE would expect 7 leavers; a Poisson chance of none is under 0.1%. Tiny councils (City of London,
 *    about 10 FTE; Isles of Scilly, 1 or 2) can genuinely have a year with no leavers and are not flagged.
 */
import { allWorkforceRows, type WorkforceRow } from "../data/workforce.ts";

/** Staff in post (FTE) from which a year with no leaver at all is not believable. */
export const MIN_FTE_FOR_ZERO_LEAVERS = 50;

/** The measures a missing leavers count makes 0. */
const LEAVER_MEASURES: readonly string[] = [
  "turnover_rate_fte",
  "turnover_rate_headcount",
  "leavers_fte",
  "leavers_headcount",
];

const fmt = (n: number): string => n.toLocaleString("en-GB", { maximumFractionDigits: 1 });

/** Why a row's published value of `measure` is implausible, or null when nothing says so. */
export function implausibleReason(row: Pick<WorkforceRow, "values">, measure: string): string | null {
  if (!LEAVER_MEASURES.includes(measure) || row.values[measure] !== 0) return null;
  if (row.values["leavers_fte"] !== 0 && row.values["turnover_rate_fte"] !== 0) return null;
  const fte = row.values["inpost_fte"] ?? null;
  const heads = row.values["leavers_headcount"] ?? null;
  if (heads !== null && heads > 0) {
    const rate = row.values["turnover_rate_headcount"] ?? null;
    return `DfE's row gives 0 FTE leavers but ${fmt(heads)} leavers by headcount${rate === null ? "" : ` (a headcount turnover of ${fmt(rate)}%)`}: the 0 is a gap in the return, not a year without leavers`;
  }
  if (fte !== null && fte >= MIN_FTE_FOR_ZERO_LEAVERS)
    return `DfE's row gives 0 leavers in the year from ${fmt(fte)} FTE social workers in post, which no council of that size has had: almost certainly leavers missing from the return`;
  return null;
}

let bySlugYear: Map<string, WorkforceRow> | undefined;

/** The reason a council's published value of `measure` in `year` is implausible, or null. */
export function implausibleAt(slug: string, year: number, measure: string): string | null {
  bySlugYear ??= new Map(allWorkforceRows().flatMap((r) => r.councilSlugs.map((s) => [`${s}|${String(r.year)}`, r])));
  const row = bySlugYear.get(`${slug}|${String(year)}`);
  return row ? implausibleReason(row, measure) : null;
}
