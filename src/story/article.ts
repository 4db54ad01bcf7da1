/** Helpers for article pages: source dates, the article list, and the card text. */
import type { Source } from "../lib/data/reported.ts";
import { dateAt, longDate } from "../lib/domain/format.ts";

/** A source's date at the precision known: "5 September 2018", "August 2018" or "2018". */
export const sourceDate = (s: Pick<Source, "date" | "datePrecision">): string => dateAt(s.date, s.datePrecision);

/** ISO date (YYYY-MM-DD) of a Date, for <time datetime>. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** "30 November 2026" from a Date. */
export const dayText = (d: Date): string => longDate(isoDay(d));
