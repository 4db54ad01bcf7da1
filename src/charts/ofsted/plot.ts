/**
 * Every Ofsted inspection of a council as a grid: one column per inspection, one row per judgement under the
 * framework's own name, each cell the grade's colour with its letter printed on it. Pure.
 */
import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";
import { widestLabel, wrapText } from "../textWidth.ts";

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

/** Row labels may take this share of a phone-width chart; longer ones wrap. */
const NARROW_LABEL_SHARE = 0.4;
const LINE = 15;

/** (cells, options) -> Plot options. Margins and row heights are measured from the labels at 13 px. */
export function ofstedGrid(cells: readonly GradeCell[], options: GridOptions): PlotOptions {
  const { width, inspections, judgements } = options;
  const narrow = width < 480;
  const rowLines = new Map(judgements.map((j) => [j, narrow ? wrapText(j, width * NARROW_LABEL_SHARE) : [j]]));
  const marginLeft = Math.ceil(widestLabel([...rowLines.values()].flat())) + 10;
  const cellW = Math.min(120, (width - marginLeft - 10) / Math.max(1, inspections.length));
  const colLines = new Map(inspections.map((i) => [i, wrapText(i, cellW - 4)]));
  const headerLines = Math.max(1, ...[...colLines.values()].map((l) => l.length));
  const rowH = Math.max(28, Math.max(1, ...[...rowLines.values()].map((l) => l.length)) * LINE + 6);
  const marginTop = headerLines * LINE + 10;
  return {
    width: Math.round(Math.min(width, marginLeft + cellW * inspections.length + 10)),
    height: marginTop + judgements.length * rowH + 4,
    marginLeft,
    marginTop,
    marginBottom: 4,
    marginRight: 10,
    x: {
      domain: inspections,
      axis: "top",
      label: null,
      tickSize: 0,
      padding: 0.06,
      tickFormat: (i: string) => (colLines.get(i) ?? [i]).join("\n"),
    },
    y: {
      domain: judgements,
      label: null,
      tickSize: 0,
      padding: 0.08,
      tickFormat: (j: string) => (rowLines.get(j) ?? [j]).join("\n"),
    },
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
