/** The contract between chart specs (data + pure chart function) and the one chart frame that renders them. */
import type { PlotOptions } from "@observablehq/plot";
import type { LicenceId } from "../site.ts";

/** A table cell: text, a number, or null for "no value" (the reason belongs in a flag column). */
export type Cell = string | number | null;

/** One column of a chart's data table and CSV. */
export interface ChartColumn {
  /** Key in each row; also the CSV header. Keep the publisher's names (caseload_fte, time_period). */
  key: string;
  /** Human label for the HTML table. */
  label: string;
  /** How to print numbers and ISO dates in the HTML table (the CSV always carries the raw value). */
  format?: "int" | "dp1" | "percent" | "date" | "text";
  /**
   * The HTML table cell's text, when one format does not fit the column: a column of several measures, each printed
   * as the chart's description prints it (a share as 55.7%, a ratio as 0.93). Overrides `format`.
   */
  cell?: (row: Readonly<Record<string, Cell>>) => string;
}

/** A source line entry. */
export interface ChartSource {
  /** Publisher and title, e.g. "Department for Education, Children's social work workforce 2025". */
  name: string;
  /** Where the reader can check it. */
  url?: string;
  /** The licence under which it is republished. */
  licence: LicenceId;
}

/** One swatch of the HTML key drawn above a chart (Plot's own legends are not used: they are not text). */
export interface KeyItem {
  /** What the swatch stands for. */
  label: string;
  /** A CSS colour, normally a token such as var(--color-council). */
  color: string;
  /** How the swatch is drawn. */
  shape: "line" | "dash" | "dot" | "bar" | "diamond";
}

/** Everything the chart frame, the embed page, the downloads and the social card need for one chart. */
export interface ChartSpec {
  /** Kind of chart, kebab-case, stable in URLs: "caseload-trend". */
  chart: string;
  /** What it is about, stable in URLs: a council slug, "england", or a story chart's name. */
  scope: string;
  /** Headline-style title that states the finding or the subject. */
  title: string;
  /** Units and coverage. */
  subtitle?: string;
  /** Text description written from the data at build time; the chart's accessible description. */
  description: string;
  /** The one plain sentence shown to readers under the chart (default: the description's first sentence). */
  summary?: string;
  /** Caveats and data-quality flags, each a sentence. */
  notes: readonly string[];
  /** Where the numbers come from. */
  sources: readonly ChartSource[];
  /** Columns of the data table and CSV. */
  columns: readonly ChartColumn[];
  /** Exactly the data drawn, one record per row. */
  rows: readonly Record<string, Cell>[];
  /** The pure chart function bound to this chart's data: width in px -> Plot options (no I/O, no DOM). */
  plot: (width: number) => PlotOptions;
  /** HTML key above the chart. */
  key?: readonly KeyItem[];
  /** Path of the full page that holds the chart, e.g. "/councils/walsall/". */
  page: string;
  /**
   * The holding page shows a summary and links to the chart's share page instead of drawing it (page weight);
   * such a chart is not among `chartsOnPage(page)`.
   */
  linkedOnly?: boolean;
  /** The number a social card shows, with what it is. */
  headline?: { value: string; label: string };
  /** Redraw at phone width (default true). False for charts whose layout does not survive narrowing. */
  narrow?: boolean;
}

/** The sentence shown under a chart: its own summary, or the first sentence of its description. */
export const summaryOf = (spec: Pick<ChartSpec, "summary" | "description">): string =>
  spec.summary ?? spec.description.split(/(?<=[.!?”])\s+(?=[A-Z0-9“])/)[0] ?? spec.description;

/**
 * The columns a chart's HTML table shows: those with a value in at least one row. A column that is empty for this
 * chart (no quartiles for a council, no notes) would print only dashes; the CSV keeps every column, so files of the
 * same chart kind share one header.
 */
export const tableColumns = (spec: Pick<ChartSpec, "columns" | "rows">): ChartColumn[] =>
  spec.columns.filter((c) =>
    spec.rows.some((row) => row[c.key] !== null && row[c.key] !== undefined && row[c.key] !== ""),
  );
