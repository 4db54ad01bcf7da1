/**
 * The one rule that pairs a count taken at 31 March (children in need, on a protection plan, looked after) and a
 * mid-year population estimate with DfE's workforce census at 30 September. Every table and page that sets the two
 * side by side uses pairCensus() and states PAIRING_RULE (it is copied into council_context.meta.json).
 */

/** The dates paired with the workforce census of one reporting year. */
interface CensusPair {
  /** DfE reporting year of the workforce census (position at 30 September of that year). */
  censusYear: number;
  /** ISO date of the census. */
  censusDate: string;
  /** Reporting year of the 31 March count paired with it (DfE's `time_period` in the context files). */
  countYear: number;
  /** ISO date of that count. */
  countDate: string;
  /** Year of the ONS mid-year (30 June) estimate of children aged 0 to 17 used for rates per 10,000. */
  populationYear: number;
}

/**
 * Pair the census at 30 September of reporting year Y with the count at 31 March of the same reporting year Y and
 * the ONS mid-year estimate of Y - 1 (the estimate DfE itself divides the 31 March Y counts by).
 */
export function pairCensus(censusYear: number): CensusPair {
  return {
    censusYear,
    censusDate: `${String(censusYear)}-09-30`,
    countYear: censusYear,
    countDate: `${String(censusYear)}-03-31`,
    populationYear: censusYear - 1,
  };
}

/** The rule in words, with its justification; printed wherever a 31 March count meets a 30 September census. */
export const PAIRING_RULE =
  "A count at 31 March is set beside the workforce census at 30 September of the same DfE reporting year (31 March 2025 with 30 September 2025), six months later. The 31 March count is exactly six months from the censuses either side, so distance cannot choose; we take the one DfE labels with the same reporting year, so that each pair uses the latest published figure of both series and no year is paired twice. Rates per 10,000 children use the ONS mid-year estimate of the year before (mid-2024 for 31 March 2025), as DfE does for its own rates. Children counted at 31 March are not all still open cases in September, so a ratio of the two is a scale, not a caseload.";
