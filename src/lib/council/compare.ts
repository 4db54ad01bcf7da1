/**
 * The comparator views of a council's caseload chart and the parsing of ?compare= (shared by the page and its
 * client script, so it imports nothing that reads data).
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
  view: CompareView;
  notice: string | null;
}

/** Read the ?compare= value. Missing -> default; unknown or malformed -> default with a short notice. */
export function parseCompare(value: string | null | undefined): ParsedCompare {
  if (value === null || value === undefined || value === "") return { view: DEFAULT_VIEW, notice: null };
  const clean = value.trim().toLowerCase();
  const hit = COMPARE_VIEWS.find((v) => v.view === clean);
  if (hit) return { view: hit.view, notice: null };
  return {
    view: DEFAULT_VIEW,
    notice: "That comparison is not one this page offers, so it shows England and the region.",
  };
}

/** The figure id of a view's chart on a council page (matches figureId in src/lib/chart/paths.ts). */
export const viewFigureId = (view: CompareView, slug: string): string =>
  `chart-${COMPARE_VIEWS.find((v) => v.view === view)?.chart ?? "caseload-trend"}-${slug}`;
