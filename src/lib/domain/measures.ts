/** Measure labels, defined once from the reader's list of measures (`MEASURES` in lib/data/workforce.ts). */
import { MEASURES } from "../data/workforce.ts";
import { dp1, int, pct } from "./format.ts";

const byKey = new Map<string, (typeof MEASURES)[number]>(MEASURES.map((m) => [m.key, m]));

/** "Agency worker rate" (the key itself when unknown). */
export const measureLabel = (key: string): string => byKey.get(key)?.label ?? key;

/** "Agency rate" (the key itself when unknown). */
const measureShort = (key: string): string => byKey.get(key)?.short ?? key;

/** Whether a measure is a percentage. */
export const isRate = (key: string): boolean => byKey.get(key)?.unit === "%";

/** The short label with its unit where it is a rate: "Agency rate (%)", "Caseload". */
export const measureAxisLabel = (key: string): string => (isRate(key) ? `${measureShort(key)} (%)` : measureShort(key));

/** A measure's value as the site prints it: caseloads to 1 dp, rates to 1 dp with %, counts whole. */
export function formatMeasure(key: string, value: number): string {
  if (isRate(key)) return pct(value);
  if (key === "caseload_fte") return dp1(value);
  return int(value);
}
