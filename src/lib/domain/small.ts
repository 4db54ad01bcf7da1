/**
 * The small-numbers rule, written once. A council return whose case-holding social workers come to fewer than
 * SMALL_FTE full-time equivalents is "small": its average caseload and rates rest on one or two people (the Isles of
 * Scilly: about one FTE, 6 cases, 100% agency in 2025), so one person more or less moves them by whole cases or tens
 * of percentage points. Small returns are shown, flagged with SMALL_NOTE, and left out of the extremes ("the lowest
 * in England") and ranges that prose states, which say so with smallLeftOut().
 */
import { allWorkforceRows } from "../data/workforce.ts";
import { listJoin } from "./format.ts";

/** Fewer case-holding FTE than this makes a return small. */
export const SMALL_FTE = 5;

/** Whether a return with this many case-holding FTE is small (unknown FTE is not called small). */
export const isSmallFte = (caseHoldersFte: number | null | undefined): boolean =>
  caseHoldersFte !== null && caseHoldersFte !== undefined && caseHoldersFte < SMALL_FTE;

let index: Map<string, number | null> | undefined;
const key = (slug: string, year: number): string => `${slug}|${String(year)}`;

/** Whether a council's return at a count year is small (false when DfE has no row for it). */
export function isSmallCouncil(slug: string, year: number): boolean {
  if (!index) {
    index = new Map();
    for (const r of allWorkforceRows())
      if (r.level === "Local authority")
        for (const s of r.councilSlugs) index.set(key(s, r.year), r.values["case_holders_fte"] ?? null);
  }
  return isSmallFte(index.get(key(slug, year)));
}

/** The flag printed beside a small return's figures. */
export const SMALL_NOTE = `fewer than ${String(SMALL_FTE)} case-holding social workers (FTE): one person changes the figure a lot`;

/** "Isles of Scilly (fewer than 5 case-holding social workers) is left out." for prose under an extreme or range. */
export function smallLeftOut(names: readonly string[]): string {
  if (names.length === 0) return "";
  const verb = names.length === 1 ? "is" : "are";
  return `${listJoin(names)} (fewer than ${String(SMALL_FTE)} case-holding social workers, FTE) ${verb} left out.`;
}
