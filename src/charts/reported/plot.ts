/**
 * Reported figures and practitioners' ranges beside the official value for the same year: the official value
 * as a diamond, each reported figure as a dot (a range as a bar from its low to its high end), caseloads and rates
 * in separate panels, each on its own scale.
 * One row per statement, grouped by measure. Pure.
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
/** Rows' vertical rhythm in px: a label line, then the marks. */
const ROW = 38;
const HEAD = 24;
const TICKS = 22;
const GAP = 18;

type Panel = {
  title: string;
  percent: boolean;
  rows: ReportedRow[];
  max: number;
  top: number;
  rowsTop: number;
  bottom: number;
};
type Placed = ReportedRow & { y: number; max: number; text: string };

/** Percent rows ("Agency rate (%)") and caseload rows each get their own panel and scale. */
const isPercent = (r: ReportedRow): boolean => r.measure.endsWith("(%)");

/** A tick step giving four or five ticks. */
const step = (max: number): number => (max <= 10 ? 2 : max <= 25 ? 5 : 10);

/** The panels, laid out top to bottom in px (y = 0 at the top). */
function panels(rows: readonly ReportedRow[], measures: readonly string[]): Panel[] {
  const order = (a: ReportedRow, b: ReportedRow) => measures.indexOf(a.measure) - measures.indexOf(b.measure);
  const groups = [
    { title: "Caseload (cases per social worker)", percent: false, rows: rows.filter((r) => !isPercent(r)) },
    { title: "Rates (per cent)", percent: true, rows: rows.filter(isPercent).sort(order) },
  ].filter((g) => g.rows.length > 0);
  let y = 0;
  return groups.map((g) => {
    const top = y;
    const rowsTop = top + HEAD;
    const bottom = rowsTop + g.rows.length * ROW;
    y = bottom + TICKS + GAP;
    const max = Math.ceil((Math.max(5, ...g.rows.map((r) => Math.max(r.high, r.official ?? 0))) * 1.1) / 5) * 5;
    return { ...g, max, top, rowsTop, bottom };
  });
}

/** (rows, options) -> Plot options: one panel per unit, each with its own zero-based scale. */
export function reportedVsOfficial(rows: readonly ReportedRow[], options: ReportedOptions): PlotOptions {
  const { width, measures } = options;
  const laid = panels(rows, measures);
  const total = (laid.at(-1)?.bottom ?? 0) + TICKS;
  const placed: Placed[] = laid.flatMap((p) =>
    p.rows.map((r, i) => ({
      ...r,
      y: p.rowsTop + i * ROW + 24,
      max: p.max,
      text: isPercent(r) ? r.label.replace(" (%)", "") : r.label.replace(/^Caseload, /, ""),
    })),
  );
  const ticks = laid.flatMap((p) =>
    Array.from({ length: Math.floor(p.max / step(p.max)) + 1 }, (_, k) => ({
      x: (k * step(p.max)) / p.max,
      label: `${String(k * step(p.max))}${p.percent ? "%" : ""}`,
      y1: p.rowsTop,
      y2: p.bottom,
    })),
  );
  const officials = placed.filter((r): r is Placed & { official: number } => r.official !== null);
  const at = (v: number, r: Placed): number => v / r.max;
  return {
    width,
    height: total + 8,
    marginLeft: 14,
    marginRight: 18,
    marginTop: 4,
    marginBottom: 4,
    x: { domain: [0, 1], axis: null },
    y: { domain: [0, total], range: [4, total + 4], axis: null },
    marks: [
      Plot.ruleX(ticks, { x: "x", y1: "y1", y2: "y2", stroke: "var(--color-rule)" }),
      Plot.text(ticks, { x: "x", y: (t: { y2: number }) => t.y2 + 12, text: "label", fill: "var(--color-ink-muted)" }),
      Plot.text(laid, {
        x: 0,
        y: (p: Panel) => p.top + 12,
        dx: -8,
        text: "title",
        textAnchor: "start",
        fontWeight: 700,
        fill: "var(--color-ink)",
      }),
      // Row labels sit over the grid: a halo in the page colour keeps the grid lines from striking through them.
      Plot.text(placed, {
        x: 0,
        y: "y",
        dy: -15,
        text: "text",
        textAnchor: "start",
        fill: "var(--color-ink)",
        stroke: "var(--color-paper)",
        strokeWidth: 4,
        paintOrder: "stroke",
      }),
      Plot.ruleY(placed, {
        y: "y",
        x1: (r: Placed) => at(r.low, r),
        x2: (r: Placed) => at(r.high, r),
        stroke: (r: Placed) => COLOR[r.kind],
        strokeWidth: 6,
        strokeLinecap: "round",
        title: (r: Placed) =>
          `${r.label}: ${r.low === r.high ? String(r.low) : `${String(r.low)}–${String(r.high)}`} (${r.verdict})`,
      }),
      Plot.dot(placed, { y: "y", x: (r: Placed) => at(r.low, r), r: 5, fill: (r: Placed) => COLOR[r.kind] }),
      Plot.dot(officials, {
        y: "y",
        x: (r: Placed & { official: number }) => at(r.official, r),
        r: 5,
        symbol: "diamond2",
        fill: "var(--color-council)",
        stroke: "var(--color-paper)",
        strokeWidth: 1,
        title: (r: Placed & { official: number }) =>
          `Official DfE figure, ${String(r.officialYear)}: ${dp1(r.official)}`,
      }),
    ],
  };
}
