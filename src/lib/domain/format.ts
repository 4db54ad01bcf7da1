/**
 * Number and date formatting shared by prose, tables, charts and downloads (British English): the one rounding rule.
 *
 * Rounding rule: a value is rounded from its decimal string, half away from zero (15.15 -> 15.2, 17.05 -> 17.1,
 * -0.25 -> -0.3). The decimal string is the value at 12 significant digits, which removes binary noise from
 * arithmetic (17.0 + 0.1 * 0.5 is 17.049999999999997 in floating point; its decimal string is 17.05) and leaves every
 * value read from data/ as written there. Every number the site shows to one decimal goes through `dp1`, `pct` or
 * `round1`; nothing else calls `toFixed` for display.
 */
import type { Cell, ChartColumn } from "../chart/types.ts";

const dateFormat = /* @__PURE__ */ new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** The decimal digits of |n| at 12 significant digits, without exponent: 17.049999999999997 -> "17.05". */
function decimalString(n: number): string {
  const s = Number(Math.abs(n).toPrecision(12)).toString();
  if (!s.includes("e")) return s;
  // Very small or very large magnitudes: write the digits out in full.
  return Math.abs(n) < 1 ? Math.abs(n).toFixed(20).replace(/0+$/, "") : BigInt(Math.round(Math.abs(n))).toString();
}

/** `n` rounded to `digits` decimals, half away from zero, as a string ("15.2"); "0.0", never "-0.0". */
export function roundHalfAway(n: number, digits: number): string {
  if (!Number.isFinite(n)) throw new Error(`cannot round ${String(n)}`);
  const [whole = "0", frac = ""] = decimalString(n).split(".");
  const kept = (frac + "0".repeat(digits)).slice(0, digits);
  let scaled = BigInt(whole + kept);
  if ((frac[digits] ?? "0") >= "5") scaled += 1n;
  const text = scaled.toString().padStart(digits + 1, "0");
  const out = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  return n < 0 && scaled !== 0n ? `-${out}` : out;
}

/** 19.94 -> "19.9"; 15.15 -> "15.2". */
export const dp1 = (n: number): string => roundHalfAway(n, 1);

/** 30.5 -> "30.5%". */
export const pct = (n: number): string => `${dp1(n)}%`;

/** 17.05 -> 17.1, as a number (for downloads and chart data that hold rounded values). */
export const round1 = (n: number): number => Number(dp1(n));

/** 1.005 -> 1.01, as a number (medians in downloads). */
export const round2 = (n: number): number => Number(roundHalfAway(n, 2));

/** 2.5 -> 3, as a number. */
const round0 = (n: number): number => Number(roundHalfAway(n, 0));

/** 1234.5 -> "1,235". */
export const int = (n: number): string => round0(n).toLocaleString("en-GB");

/** "2021-11-26" -> "26 November 2021". */
export function longDate(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new Error(`not a date: ${iso}`);
  return dateFormat.format(d);
}

/** Month names, January first. */
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * An ISO date at the precision known: "5 September 2018" (day), "August 2018" (month), "2018" (year); an upper bound
 * reads "on or before 15 November 2016".
 */
export function dateAt(iso: string, precision: string): string {
  const [y = "", m] = iso.split("-");
  const month = m === undefined || precision === "year" ? undefined : MONTHS[Number(m) - 1];
  const text =
    iso.length === 10 && precision !== "month" && precision !== "year" ? longDate(iso) : month ? `${month} ${y}` : y;
  return precision === "upper bound" ? `on or before ${text}` : text;
}

/** "2018-09" -> "Sep" (month abbreviation of an ISO date's month; "" when there is none). */
export const shortMonth = (iso: string): string => MONTHS[Number(iso.slice(5, 7)) - 1]?.slice(0, 3) ?? "";

/** A table cell as text, by the column's format. */
export function formatCell(value: Cell, format: ChartColumn["format"] = "text"): string {
  if (value === null || value === "") return "–";
  if (typeof value === "string")
    return format === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? longDate(value) : value;
  switch (format) {
    case "int":
      return int(value);
    case "dp1":
      return dp1(value);
    case "percent":
      return pct(value);
    case "date":
    case "text":
      return String(value);
  }
}

/** "a, b and c". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;
}
