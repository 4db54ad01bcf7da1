/**
 * Pure helpers for summarising a set of values: quantiles, fixed-width bins, and a five-number summary. No I/O.
 * The home page draws ~1,350 council-years; binning them keeps the page light while showing every value's place.
 */
import { round1 } from "./format.ts";

/** A fixed-width bin: values v with from <= v < to. */
export interface Bin<T> {
  from: number;
  to: number;
  items: T[];
}

/** The q-quantile (0..1) of sorted values by linear interpolation (the R-7 / Excel method); NaN when empty. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[hi] ?? Number.NaN;
  return a + (b - a) * (pos - lo);
}

/** Minimum, quartiles, median and maximum of some values (in any order). */
export interface Summary {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** Five-number summary; throws on an empty list (a summary of nothing is a bug upstream). */
export function summarise(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error("summarise: no values");
  const s = [...values].sort((a, b) => a - b);
  return {
    n: s.length,
    min: s[0] ?? Number.NaN,
    q1: quantile(s, 0.25),
    median: quantile(s, 0.5),
    q3: quantile(s, 0.75),
    max: s.at(-1) ?? Number.NaN,
  };
}

/**
 * Put items into bins of `width` by value, aligned on multiples of width (17.0-17.9 with width 1). Only bins
 * holding something are returned, lowest first. Values are rounded to 1 dp first, as DfE publishes them, so
 * floating-point noise cannot move a value across a bin edge.
 */
export function binBy<T>(items: readonly T[], value: (item: T) => number, width = 1): Bin<T>[] {
  if (!(width > 0)) throw new Error("binBy: width must be positive");
  const bins = new Map<number, Bin<T>>();
  for (const item of items) {
    const v = round1(value(item));
    const i = Math.floor(v / width + 1e-9);
    const bin = bins.get(i) ?? { from: i * width, to: (i + 1) * width, items: [] };
    bin.items.push(item);
    bins.set(i, bin);
  }
  return [...bins.entries()].sort((a, b) => a[0] - b[0]).map(([, b]) => b);
}
