/**
 * Every Ofsted inspection of a council as a grid: one column per inspection, one row per judgement under the
 * framework's own name, each cell the grade's colour with its letter printed on it. Pure.
 */
import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";

/** One judgement of one inspection. */
export interface GradeCell {
  /** Column label, e.g. "ILACS 2021". Unique per inspection. */
  inspection: string;
  /** Row label, e.g. "Help and protection (ILACS)". */
  judgement: string;
  grade: string;
  letter: string;
  color: string;
}

/** Options of ofstedGrid. */
export interface GridOptions {
  width: number;
  /** Column order (oldest first). */
  inspections: readonly string[];
  /** Row order. */
  judgements: readonly string[];
}

/** (cells, options) -> Plot options. */
export function ofstedGrid(cells: readonly GradeCell[], options: GridOptions): PlotOptions {
  const { width, inspections, judgements } = options;
  const narrow = width < 480;
  const marginLeft = narrow ? 185 : 250;
  const cellW = Math.min(120, (width - marginLeft - 10) / Math.max(1, inspections.length));
  return {
    width: Math.round(Math.min(width, marginLeft + cellW * inspections.length + 10)),
    height: (narrow ? 70 : 34) + judgements.length * 28 + 10,
    marginLeft,
    marginTop: narrow ? 70 : 34,
    marginBottom: 4,
    marginRight: 10,
    x: {
      domain: inspections,
      axis: "top",
      label: null,
      tickSize: 0,
      padding: 0.06,
      ...(narrow ? { tickRotate: -40 } : {}),
    },
    y: { domain: judgements, label: null, tickSize: 0, padding: 0.08 },
    marks: [
      Plot.cell(cells, {
        x: "inspection",
        y: "judgement",
        fill: "color",
        title: (c: GradeCell) => `${c.inspection}, ${c.judgement}: ${c.grade}`,
      }),
      Plot.text(cells, {
        x: "inspection",
        y: "judgement",
        text: "letter",
        fill: "white",
        fontWeight: 700,
        stroke: "black",
        strokeOpacity: 0.35,
        strokeWidth: 2,
        paintOrder: "stroke",
      }),
    ],
  };
}
