/**
 * Turn validated curated rows into the written tables' rows, and split off the rows that are not written
 * (with the reason logged), so nothing disappears silently.
 */
import type { MatchedFigure } from "./match.ts";
import type { OfficialPoint } from "./verdict.ts";
import type { FigureRow, Lined, SourceRow, TestimonyRow } from "./schema.ts";

/** Rows kept, and rows left out grouped by reason. */
export interface Split<T> {
  kept: T[];
  excluded: Map<string, string[]>;
}

/** Split rows by a function returning the exclusion reason ("" keeps the row). Reasons keep first-seen order. */
export function split<T extends { id: string }>(rows: Lined<T>[], reasonOf: (row: T) => string): Split<T> {
  const kept: T[] = [];
  const excluded = new Map<string, string[]>();
  for (const { row } of rows) {
    const reason = reasonOf(row);
    if (reason === "") kept.push(row);
    else excluded.set(reason, [...(excluded.get(reason) ?? []), row.id]);
  }
  return { kept, excluded };
}

/** Why a reported figure is not written: no figure, or a restatement of another row's figure. */
export const figureExclusion = (row: FigureRow): string =>
  row.value_low === null ? "no figure stated" : row.repeats !== "" ? "repeats a figure already in another row" : "";

/** Why a comment is not written as testimony: the curated `excluded` reason, or a submitted figure not yet moderated. */
export const testimonyExclusion = (row: TestimonyRow): string =>
  row.excluded !== ""
    ? row.excluded
    : row.kind === "submitted" && row.moderated !== "yes"
      ? "submitted figure not yet moderated"
      : "";

type Cell = string | number | null;

function officialCells(prefix: string, p: OfficialPoint | "none" | null): Record<string, Cell> {
  if (p === null) return { [`${prefix}_year`]: "", [prefix]: "", [`${prefix}_status`]: "" };
  if (p === "none") return { [`${prefix}_year`]: "none", [prefix]: "", [`${prefix}_status`]: "none" };
  return { [`${prefix}_year`]: p.year, [prefix]: p.value, [`${prefix}_status`]: p.status };
}

/** One written row of reported_figures.csv. */
export function figureOut(m: MatchedFigure, councilName: (slug: string) => string): Record<string, Cell> {
  const r = m.row;
  return {
    id: r.id,
    council_slug: r.council_slug,
    council_name: r.council_slug === "" ? "" : councilName(r.council_slug),
    measure: r.measure,
    words: r.words,
    value_low: r.value_low,
    value_high: r.value_high,
    interpretation: r.interpretation,
    scope: r.scope,
    stated_by: r.stated_by,
    stated_date: r.stated_date,
    stated_date_precision: r.stated_date_precision,
    date_basis: r.date_basis,
    note: r.note,
    source_id: r.source_id,
    ...officialCells("official_before", m.before),
    ...officialCells("official_after", m.after),
    verdict_kind: m.verdict.kind,
    verdict: m.verdict.text,
    difference: m.verdict.difference,
    compared_year: m.verdict.comparedYear,
  };
}

/** One written row of testimony.csv (the curated `excluded` column is dropped: excluded rows are not written). */
export function testimonyOut(t: TestimonyRow): Record<string, Cell> {
  const { excluded: _excluded, ...rest } = t;
  return { ...rest };
}

/** One written row of sources.csv, with counts of the rows written from it. */
export function sourceOut(s: SourceRow, figures: number, testimonies: number): Record<string, Cell> {
  return { ...s, figures, testimonies };
}
