/**
 * Reported figures and practitioners' ranges beside the official value for the same year: the official value
 * as a filled point, each reported figure or range as an interval (a hollow point where it is a single number).
 * One row per statement, grouped by measure (rows name the measure; the axis is shared). Pure.
 */
import { dp1 } from "../../lib/domain/format.ts";
import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";

/** One statement compared with the official figure. */
export interface ReportedRow {
  /** Row label, unique: "Caseload 2018: article". */
  label: string;
  /** Panel label with its unit: "Caseload (cases per worker)". */
  measure: string;
  low: number;
  high: number;
  /** Official value for the compared year, or null (none published / no year). */
  official: number | null;
  officialYear: number | null;
  kind: "reported" | "testimony";
  verdict: string;
}

/** Options of reportedVsOfficial. */
export interface ReportedOptions {
  width: number;
  measures: readonly string[];
}

const COLOR = { reported: "var(--color-reported)", testimony: "var(--color-testimony)" };

/** (rows, options) -> Plot options. */
export function reportedVsOfficial(rows: readonly ReportedRow[], options: ReportedOptions): PlotOptions {
  const { width, measures } = options;
  const narrow = width < 480;
  const max = Math.max(5, ...rows.map((r) => Math.max(r.high, r.official ?? 0)));
  const officials = rows.filter((r): r is ReportedRow & { official: number } => r.official !== null);
  return {
    width,
    height: 50 + rows.length * 32,
    marginLeft: narrow ? 130 : 230,
    marginRight: 16,
    marginTop: 10,
    x: {
      domain: [0, Math.ceil((max * 1.1) / 5) * 5],
      grid: true,
      label: "Value (cases per worker, or %)",
      ticks: narrow ? 4 : 8,
    },
    // Rows grouped by measure, in the given order.
    y: {
      domain: [...rows].sort((a, b) => measures.indexOf(a.measure) - measures.indexOf(b.measure)).map((r) => r.label),
      label: null,
      tickSize: 0,
    },
    marks: [
      Plot.ruleY(rows, {
        y: "label",
        x1: "low",
        x2: "high",
        stroke: (r: ReportedRow) => COLOR[r.kind],
        strokeWidth: 6,
        strokeLinecap: "round",
        title: (r: ReportedRow) =>
          `${r.label}: ${r.low === r.high ? String(r.low) : `${String(r.low)}–${String(r.high)}`} (${r.verdict})`,
      }),
      Plot.dot(rows, {
        y: "label",
        x: "low",
        r: 5,
        stroke: (r: ReportedRow) => COLOR[r.kind],
        strokeWidth: 2,
        fill: "var(--color-paper)",
      }),
      Plot.dot(officials, {
        y: "label",
        x: "official",
        r: 4.5,
        symbol: "diamond2",
        fill: "var(--color-council)",
        title: (r: ReportedRow & { official: number }) =>
          `Official DfE figure, ${String(r.officialYear)}: ${dp1(r.official)}`,
      }),
    ],
  };
}
