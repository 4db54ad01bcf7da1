/**
 * Which release a criticism may use, written once. DfE revises earlier years in each release (Walsall's 2017
 * caseload was 18.9 in the 2022 release and is 17.2 in the 2025 one). When the site judges what a source said, it
 * compares with the figures published at the time, and says when a later revision changes the picture.
 *
 * Releases held: DfE's 2022 release (counts 2017-2022, data/workforce_vintages.csv) and the current 2025 release
 * (data/workforce.csv). A source dated D is judged against **the oldest release we hold that contains the count in
 * force at D** (countInForce): releases before 2022 are not in the raw folder, so for a source of 2018-2022 the 2022
 * release is the nearest we hold to what it could have read (for Walsall's December 2021 report it gives exactly the
 * 19.9 and 13.4 the report printed); a source after the 2022 count is judged against the current release.
 */
import { release2022Value } from "../data/releases.ts";
import { englandSeries, seriesFor, type Measure } from "../data/workforce.ts";
import { countInForce, countYears } from "./counts.ts";

/** A value as one release published it (null: a symbol or no row). */
interface ReleaseFigure {
  release: string;
  value: number | null;
}

/** A figure a source could have used, beside today's. */
export interface JudgedFigure {
  year: number;
  /** The release the judgement uses (the one nearest the source's time). */
  then: ReleaseFigure;
  /** The current release. */
  now: ReleaseFigure;
  /** The current release gives a different value. */
  revised: boolean;
}

const current = (slug: string, measure: Measure, year: number): number | null =>
  (slug === "england" ? englandSeries(measure) : seriesFor(slug, measure)).find((p) => p.year === year)?.value ?? null;

/** The name of the current release (its last count year). */
const currentRelease = (): string => String(countYears().at(-1) ?? "");

/** The release a source dated `statedOn` is judged against: "2022" or the current release's name. */
export function releaseFor(statedOn: string): string {
  const inForce = countInForce(statedOn) ?? 0;
  return inForce <= 2022 ? "2022" : currentRelease();
}

/** A council's (or "england"'s) value at a count, as published at the time of a source dated `statedOn`, and now. */
export function asPublishedAt(slug: string, measure: Measure, year: number, statedOn: string): JudgedFigure {
  const nowValue = current(slug, measure, year);
  const now = { release: currentRelease(), value: nowValue };
  const release = releaseFor(statedOn);
  const old = release === "2022" ? release2022Value(slug, measure, year) : undefined;
  const then = old ? { release, value: old.value } : now;
  return { year, then, now, revised: then.value !== now.value };
}

/** "DfE's 2022 release gave 18.9; the 2025 release revised it to 17.2." ("" when not revised). */
export function revisionNote(j: JudgedFigure, format: (n: number) => string): string {
  if (!j.revised || j.then.value === null || j.now.value === null) return "";
  return `DfE's ${j.then.release} release gave ${format(j.then.value)} for ${String(j.year)}; the ${j.now.release} release revised it to ${format(j.now.value)}.`;
}
