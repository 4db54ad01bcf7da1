/**
 * Text descriptions of council charts, written from the data at build time. Each picks the honest summary:
 * first and last published values, the peak when it stands out, the direction against a comparator, and the
 * years with no published figure.
 */
import { dp1 } from "../domain/format.ts";
import { SYMBOLS } from "../data/workforce.ts";
import { listJoin } from "../domain/format.ts";

/** One yearly value; null with a DfE symbol where none was published. */
interface DescribedPoint {
  year: number;
  value: number | null;
  status?: string;
}

/** A named series to describe. */
export interface DescribedSeries {
  name: string;
  /** How the series owns a verb phrase when it is not simply "<name>'s" ("the median of councils graded Good"). */
  owner?: string;
  points: readonly DescribedPoint[];
}

/** How a value is written: "19.9" or "19.9%". */
export type Unit = "cases" | "percent";

const fmt = (n: number, unit: Unit): string => (unit === "percent" ? `${dp1(n)}%` : dp1(n));

/** "Walsall" -> "Walsall's". */
export const possessive = (name: string): string => `${name}'s`;

type Num = { year: number; value: number };
const numeric = (points: readonly DescribedPoint[]): Num[] =>
  points.filter((p): p is DescribedPoint & Num => p.value !== null).map((p) => ({ year: p.year, value: p.value }));

/** Smallest change treated as a move rather than broadly flat (in the measure's own units). */
const FLAT = 0.5;

/** "rose from 14.0 in 2017 to 16.1 in 2025" / "fell ..." / "was broadly flat (14.0 in 2017, 14.2 in 2025)". */
export function movement(first: Num, last: Num, unit: Unit): string {
  const d = last.value - first.value;
  const from = `${fmt(first.value, unit)} in ${String(first.year)}`;
  const to = `${fmt(last.value, unit)} in ${String(last.year)}`;
  if (Math.abs(d) < FLAT) return `was broadly unchanged (${from}, ${to})`;
  return `${d > 0 ? "rose" : "fell"} from ${from} to ${to}`;
}

/** Years with no published figure, with DfE's meaning of the symbol. */
function gaps(points: readonly DescribedPoint[]): string {
  const missing = points.filter((p) => p.value === null);
  if (missing.length === 0) return "";
  const parts = missing.map((p) => {
    const s = p.status ?? "";
    return s ? `${String(p.year)} (${s}: ${SYMBOLS[s] ?? "not published"})` : String(p.year);
  });
  return ` No figure was published for ${listJoin(parts)}.`;
}

/**
 * One or two sentences on a series, e.g. "Walsall's average caseload fell from 17.2 in 2017 to 11.9 in 2025,
 * peaking at 19.9 in 2018, while England's went from 17.8 to 15.2."
 */
export function describeTrend(
  subject: DescribedSeries,
  measure: string,
  unit: Unit,
  comparator?: DescribedSeries,
  /** A sentence that follows on from the comparison ("That put it ..."), placed before any note of missing years. */
  follow = "",
): string {
  const pts = numeric(subject.points);
  const first = pts[0];
  const last = pts.at(-1);
  if (!first || !last) return `No ${measure} figure has been published for ${subject.name}.${gaps(subject.points)}`;
  if (first === last) {
    return `${possessive(subject.name)} ${measure} was ${fmt(first.value, unit)} in ${String(first.year)}, the only year with a published figure.${gaps(subject.points)}`;
  }
  let text = `${possessive(subject.name)} ${measure} ${movement(first, last, unit)}`;
  const peak = pts.reduce((a, b) => (b.value > a.value ? b : a));
  const isEnd = peak.year === first.year || peak.year === last.year;
  if (!isEnd && peak.value - Math.max(first.value, last.value) >= FLAT) {
    text += `, peaking at ${fmt(peak.value, unit)} in ${String(peak.year)}`;
  }
  if (comparator) {
    const c = numeric(comparator.points);
    const cf = c.find((p) => p.year === first.year);
    const cl = c.find((p) => p.year === last.year);
    if (cf && cl) {
      const d = cl.value - cf.value;
      const verb = Math.abs(d) < FLAT ? "was broadly unchanged" : d > 0 ? "rose" : "fell";
      text += `, while ${comparator.owner ?? possessive(comparator.name)} ${verb === "was broadly unchanged" ? verb : `${verb} from ${fmt(cf.value, unit)} to ${fmt(cl.value, unit)}`}`;
      text += `. In ${String(last.year)} ${subject.name} was ${relative(last.value, cl.value, unit)} ${comparator.name}`;
    }
  }
  return `${text}.${follow}${gaps(subject.points)}`;
}

/** "above" / "below" / "level with", with the gap. */
export function relative(value: number, other: number, unit: Unit): string {
  const d = value - other;
  if (Math.abs(d) < 0.05) return "level with";
  const gap = unit === "percent" ? `${dp1(Math.abs(d))} points` : dp1(Math.abs(d));
  return `${gap} ${d > 0 ? "above" : "below"}`;
}
