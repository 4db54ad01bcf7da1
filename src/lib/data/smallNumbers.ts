/**
 * The small-number rule for testimony, written once: no council-level summary of testimony from fewer than five
 * people, so that no one's figure can be picked out of a summary of their own council.
 */
import type { Testimony } from "./reported.ts";

/** Fewest people whose testimony may be summarised for one council. */
export const MIN_PEOPLE = 5;

/** A council-level summary of the caseloads people described. */
interface CouncilTestimonySummary {
  people: number;
  lowest: number;
  highest: number;
}

/**
 * Summary of the testimony with a caseload figure for one council, or null under the rule (fewer than MIN_PEOPLE
 * people). Published comments count once per commenter name; each submitted figure counts as one person (they
 * carry no name, so two from the same person cannot be told apart: moderation asks senders to send one each).
 */
export function councilSummary(rows: readonly Testimony[], slug: string): CouncilTestimonySummary | null {
  const own = rows.filter((t) => t.councilSlug === slug && (t.caseloadLow ?? t.caseloadHigh) !== null);
  const people = new Set(own.map((t) => (t.kind === "submitted" ? `submitted:${t.id}` : `name:${t.name}`))).size;
  if (people < MIN_PEOPLE) return null;
  const lows = own.map((t) => t.caseloadLow ?? t.caseloadHigh ?? 0);
  const highs = own.map((t) => t.caseloadHigh ?? t.caseloadLow ?? 0);
  return { people, lowest: Math.min(...lows), highest: Math.max(...highs) };
}
