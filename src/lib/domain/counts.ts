/**
 * The dating rule, written once: which DfE workforce count a dated statement is compared with.
 *
 * DfE counts the workforce once a year, at 30 September. A statement, comment, reported figure or inspection dated D
 * is compared with **the last 30 September count on or before D**: the latest figure that described the workforce
 * by the time of the statement. A comment of 22 September 2018 is read against the count of 30 September 2017; one
 * of 30 September 2018 or later in that year against 2018; an inspection that starts on 4 October 2021 against 2021.
 * Before the first count there is no such count (null): callers say so rather than borrow a later count.
 */
import { englandSeries } from "../data/workforce.ts";

/** The day of the year DfE's count describes. */
export const COUNT_DAY = "09-30";

let years: readonly number[] | undefined;
/** The count years DfE publishes (2017 ...), ascending. */
export const countYears = (): readonly number[] => (years ??= englandSeries("caseload_fte").map((p) => p.year));

/**
 * The year of the last 30 September count on or before an ISO date (YYYY-MM-DD...), among `available` counts;
 * null when the date is before the first of them.
 */
export function countInForce(isoDate: string, available: readonly number[] = countYears()): number | null {
  const day = isoDate.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not an ISO date: ${isoDate}`);
  let found: number | null = null;
  for (const year of available)
    if (`${String(year)}-${COUNT_DAY}` <= day && (found === null || year > found)) found = year;
  return found;
}
