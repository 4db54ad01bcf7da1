/**
 * The plain verdict on one reported figure: does it match the official DfE value at the 30 September counts
 * either side of when it was stated? Pure: no I/O, so every rule is unit-tested in verdict.test.ts.
 */
import type { Measure, Scope } from "./schema.ts";

/** The official value at one 30 September count: `value` is null when DfE printed a symbol (x, c, u …) or no row. */
export interface OfficialPoint {
  year: number;
  value: number | null;
  status: string;
}

/** What the verdict needs to know about one reported figure. */
export interface VerdictInput {
  councilSlug: string;
  measure: Measure;
  scope: Scope;
  low: number | null;
  high: number | null;
  /** Count on or before the statement; "none" when the statement predates the series. */
  before: OfficialPoint | "none";
  /** Count on or after the statement; "none" when the statement postdates the last count. */
  after: OfficialPoint | "none";
}

/** matches | differs | cannot be checked, with the plain-English line shown to readers. */
export interface Verdict {
  kind: "matches" | "differs" | "cannot be checked";
  /** e.g. "matches", "differs by 5.4", "cannot be checked: a target, not an actual caseload". */
  text: string;
  /** Gap between the official value and the nearer end of the reported range (positive: reported higher). */
  difference: number | null;
  /** The count year the verdict rests on. */
  comparedYear: number | null;
}

const SCOPE_REASON: Record<Exclude<Scope, "council-wide average">, string> = {
  team: "a team's caseload, not the council-wide average",
  individual: "one person's caseload, not the council-wide average",
  target: "a target, not an actual figure",
  other: "not a council-wide average",
};

const cannot = (reason: string): Verdict => ({
  kind: "cannot be checked",
  text: `cannot be checked: ${reason}`,
  difference: null,
  comparedYear: null,
});

/** Number of decimal places a figure was stated to ("15" -> 0, "30.5" -> 1). */
export const decimals = (n: number): number => (String(n).split(".")[1] ?? "").length;

/** Round to `dp` decimal places, half away from zero. */
export const roundTo = (n: number, dp: number): number => {
  const f = 10 ** dp;
  return (Math.sign(n) * Math.round(Math.abs(n) * f)) / f;
};

/**
 * Compare one official value with a reported range. It matches when the official value, rounded to the precision
 * the figure was stated at, lies within [low, high]; otherwise the signed gap to the nearer end (1 decimal place).
 */
export function gap(official: number, low: number, high: number): number {
  const dp = Math.max(decimals(low), decimals(high));
  const rounded = roundTo(official, dp);
  if (rounded >= low && rounded <= high) return 0;
  const towards = rounded < low ? low : high;
  return roundTo(towards - official, 1);
}

/** The verdict for one reported figure. Rules run in order; the first that applies decides. */
export function verdict(input: VerdictInput): Verdict {
  const { low, high } = input;
  if (low === null || high === null) return cannot("no figure stated");
  if (input.councilSlug === "") return cannot("no council named");
  if (input.measure === "other") return cannot("not a measure in the DfE workforce series");
  if (input.measure === "starters")
    return cannot("DfE counts starters over the twelve months to 30 September, not one month's expected intake");
  if (input.scope !== "council-wide average") return cannot(SCOPE_REASON[input.scope]);
  if (input.before === "none") return cannot("stated before the DfE series starts (30 Sep 2017)");
  if (input.after === "none") return cannot("stated after the latest DfE count");
  const points = [input.before, input.after].filter(
    (p, i, all): p is OfficialPoint & { value: number } => p.value !== null && (i === 0 || p.year !== all[0]?.year),
  );
  if (points.length === 0) return cannot(`no official value published (status ${input.before.status || "none"})`);
  const scored = points.map((p) => ({ p, gap: gap(p.value, low, high) }));
  const hit = scored.find((s) => s.gap === 0);
  if (hit) {
    // "None" said of a value that only rounds to none (East Sussex's agency rate of 0.3%) is close, not exact.
    const close = low === 0 && high === 0 && hit.p.value !== 0;
    const unit = input.measure.endsWith("_rate_fte") ? "%" : "";
    const text = close ? `close to none (${String(hit.p.value)}${unit})` : "matches";
    return { kind: "matches", text, difference: 0, comparedYear: hit.p.year };
  }
  const nearest = scored.reduce((a, b) => (Math.abs(b.gap) < Math.abs(a.gap) ? b : a));
  return {
    kind: "differs",
    text: `differs by ${Math.abs(nearest.gap).toFixed(1)}`,
    difference: nearest.gap,
    comparedYear: nearest.p.year,
  };
}
