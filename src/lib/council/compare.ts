/**
 * The comparator views of a council's caseload chart (for the page) and the parsing of ?compare= (for its client
 * script, which reads the views and their figures from the switch's own links, so it carries no copy of this list).
 */

/** A comparator view of the caseload-trend chart. */
export type CompareView = "england" | "neighbours" | "grade";

/** The views in the order of the switch; the first is the default. */
export const COMPARE_VIEWS: readonly { view: CompareView; chart: string; label: string }[] = [
  { view: "england", chart: "caseload-trend", label: "England and region" },
  { view: "neighbours", chart: "caseload-neighbours", label: "Statistical neighbours" },
  { view: "grade", chart: "caseload-same-grade", label: "Councils with the same grade" },
];

/** The default view. */
export const DEFAULT_VIEW: CompareView = "england";

/** The result of reading ?compare=: the view to show and, when the value was not understood, a notice. */
export interface ParsedCompare {
  view: string;
  notice: string | null;
}

/**
 * Read the ?compare= value against the views a council's page offers (its switch's links). Missing -> the default;
 * a view the page does not offer, or anything malformed -> the default with a short notice.
 */
export function parseCompare(value: string | null | undefined, offered: readonly string[]): ParsedCompare {
  if (value === null || value === undefined || value === "") return { view: DEFAULT_VIEW, notice: null };
  const clean = value.trim().toLowerCase();
  if (offered.includes(clean)) return { view: clean, notice: null };
  return {
    view: DEFAULT_VIEW,
    notice: "That comparison is not available for this council, so the page shows England and the region.",
  };
}
