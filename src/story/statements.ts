/**
 * The home page's findings as sentences, written from the data at build time (./facts.ts). Tests check the
 * numbers in them against the readers; nothing here is typed in by hand.
 */
import { dp1 } from "../lib/domain/format.ts";
import { countYears } from "../lib/domain/counts.ts";
import { smallLeftOut } from "../lib/domain/small.ts";
import {
  councilYears,
  englandAt,
  gradeDistributions,
  highestEver,
  inspectionMatching,
  practitionerRanges,
  yearDistributions,
} from "./findings.ts";

/** "2.1 times". */
export const times = (ratio: number): string => `${dp1(ratio)} times`;

/** A count in words up to ten, digits above (house style). */
export function count(n: number): string {
  const words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
  return n <= 10 ? (words[n] ?? String(n)) : n.toLocaleString("en-GB");
}

/** The first and last count years and England's values at them. */
export function englandTrend(): { first: number; last: number; from: number; to: number } {
  const years = countYears();
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) throw new Error("no count years");
  return { first, last, from: englandAt(first), to: englandAt(last) };
}

/** England's average, then and now. */
export function englandSentence(): string {
  const t = englandTrend();
  const dir = t.to < t.from ? "fell" : t.to > t.from ? "rose" : "was unchanged";
  const latest = yearDistributions().at(-1);
  const spread = latest
    ? ` In ${String(latest.year)} the middle half of the ${count(latest.summary.n)} council returns lay between ${dp1(latest.summary.q1)} and ${dp1(latest.summary.q3)}, and the range ran from ${dp1(latest.stated.lowest.value)} (${latest.stated.lowest.name}) to ${dp1(latest.stated.highest.value)} (${latest.stated.highest.name}).${leftOutNote(latest.stated.leftOut.map((r) => r.name))}`
    : "";
  return `England's official average caseload per children's social worker ${dir} from ${dp1(t.from)} at 30 September ${String(t.first)} to ${dp1(t.to)} at 30 September ${String(t.last)}.${spread}`;
}

/** The highest official figure of any council in any year. */
export function highestSentence(): string {
  const top = highestEver();
  const n = councilYears().length;
  return `No council's official average in any year was above ${dp1(top.value)} (${top.name}, ${String(top.year)}), the highest of ${count(n)} council figures published since ${String(countYears()[0] ?? "")}.`;
}

/** Where the lowest caseload a practitioner describes sits against England and every council. */
export function practitionerFacts(): {
  low: number;
  name: string;
  date: string;
  countYear: number;
  england: number;
  ratio: number;
  atOrAbove: number;
  total: number;
} | null {
  const lowest = practitionerRanges()[0];
  if (!lowest) return null;
  const all = councilYears();
  return {
    low: lowest.low,
    name: lowest.testimony.name,
    date: lowest.testimony.date,
    countYear: lowest.countYear,
    england: lowest.england,
    ratio: lowest.ratio,
    atOrAbove: all.filter((c) => c.value >= lowest.low).length,
    total: all.length,
  };
}

/** The practitioners' sentence. */
export function practitionerSentence(): string {
  const f = practitionerFacts();
  if (!f) return "No practitioner in our sources states a caseload figure.";
  const who = practitionerRanges().filter((p) => p.low === f.low).length;
  const lowestWord = who > 1 ? "the lower end of their ranges" : "the lowest figure practitioners describe";
  const against =
    f.atOrAbove === 0
      ? `higher than every one of the ${count(f.total)} official council figures`
      : `reached by only ${count(f.atOrAbove)} of the ${count(f.total)} official council figures`;
  return `${capital(count(practitionerRanges().length))} ${practitionerRanges().length === 1 ? "reader" : "readers"}, writing from their own experience in comments under a news article, described caseloads of ${rangesText()}. ${capital(lowestWord)}, ${String(f.low)}, is ${times(f.ratio)} England's average at the last count before they wrote (${dp1(f.england)}, 30 September ${String(f.countYear)}) and ${against}.`;
}

/** "38–45 and 38–46". */
function rangesText(): string {
  const parts = practitionerRanges().map((p) =>
    p.low === p.high ? String(p.low) : `${String(p.low)}–${String(p.high)}`,
  );
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1) ?? ""}`;
}

/** " Isles of Scilly (fewer than 5 ...) is left out of the range." or "". */
function leftOutNote(names: readonly string[]): string {
  const text = smallLeftOut([...new Set(names)]);
  return text ? ` ${text.replace(/ left out\.$/, " left out of the range.")}` : "";
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Caseload by grade. */
export function gradeSentence(): string {
  const g = gradeDistributions();
  const best = g[0];
  const worst = g.at(-1);
  const m = inspectionMatching();
  if (!best || !worst) return "No inspection could be matched to a workforce count.";
  const parts = g.map((d) => `${d.grade.toLowerCase()} ${dp1(d.summary.median)}`);
  const leftOut = [...new Set([best, worst].flatMap((d) => d.stated.leftOut.map((r) => r.council)))];
  return `Across ${count(m.matched.length)} inspections, the median caseload at the last count on or before the inspection was: ${parts.join("; ")}. Every grade spans a wide range: councils rated ${best.grade.toLowerCase()} ran from ${dp1(best.stated.lowest.value)} to ${dp1(best.stated.highest.value)}, and those rated ${worst.grade.toLowerCase()} from ${dp1(worst.stated.lowest.value)} to ${dp1(worst.stated.highest.value)}.${leftOutNote(leftOut)}`;
}
