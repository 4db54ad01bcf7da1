/**
 * One caseload axis for everything: a histogram of every official council figure on top, and below it one row
 * per reported figure or practitioner's range, so a reader sees where "38-45" sits against all the official
 * values at once. Pure: (data, options) -> Plot options. No I/O, no DOM.
 *
 * The y scale is laid out in pixels (domain = drawing height), so rows keep their spacing at any width.
 */
import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";
import type { DistBin } from "../distribution/plot.ts";

/** One row: a figure or range someone stated. */
export interface LadderRow {
  /** Text above the row. */
  label: string;
  low: number;
  high: number;
  /** Colour token. */
  color: string;
  /** Draw as a thick bar (testimony) or a thin line with end dots (reported). */
  style: "bar" | "line";
  title: string;
}

/** A vertical marker across the whole chart (the highest official value). */
interface LadderRule {
  value: number;
  label: string;
  title: string;
}

/** Options of rangeLadder. */
export interface RangeLadderOptions {
  width: number;
  xLabel: string;
  /** Upper end of the caseload axis. */
  xMax: number;
  /** Label of the histogram. */
  histogramLabel: string;
  /** A shaded band (England's range over the years), if any. */
  band?: { from: number; to: number; title: string };
  rules?: readonly LadderRule[];
}

const HIST = 96;
const GAP = 36;
/** On phones a row's label may wrap to two lines above its bar, so rows stand further apart. */
const NARROW_GAP = 50;
const TOP_LABEL = 22;

/** (histogram bins, rows, options) -> Plot options. */
export function rangeLadder(
  histogram: readonly DistBin[],
  rows: readonly LadderRow[],
  options: RangeLadderOptions,
): PlotOptions {
  const { width, xLabel, xMax, histogramLabel, band, rules = [] } = options;
  const narrow = width < 480;
  const gap = narrow ? NARROW_GAP : GAP;
  const rowsPx = rows.length * gap + 8;
  const total = rowsPx + HIST + TOP_LABEL + (rules.length > 0 ? 30 : 0);
  const marginTop = 8;
  // Tick labels and the axis title below them, both at 13 px.
  const marginBottom = 44;
  const maxCount = Math.max(1, ...histogram.map((b) => b.count));
  const base = rowsPx;
  const bars = histogram.map((b) => ({
    x1: b.from + 0.06,
    x2: b.to - 0.06,
    y1: base,
    y2: base + (b.count / maxCount) * HIST,
    title: b.title,
  }));
  const laid = rows.map((r, i) => ({ ...r, y: rowsPx - (i + 1) * gap + 6 }));
  const top = base + HIST + TOP_LABEL;
  return {
    width,
    height: total + marginTop + marginBottom,
    marginTop,
    marginBottom,
    marginLeft: 12,
    marginRight: narrow ? 12 : 20,
    x: { domain: [0, xMax], grid: true, label: xLabel, labelAnchor: "center", labelArrow: "none", round: true },
    y: { domain: [0, total], axis: null, round: true },
    marks: [
      ...(band
        ? [
            Plot.rect([band], {
              x1: "from",
              x2: "to",
              y1: 0,
              y2: base + HIST,
              fill: "var(--color-england)",
              fillOpacity: 0.16,
              title: "title",
            }),
          ]
        : []),
      Plot.rect(bars, {
        x1: "x1",
        x2: "x2",
        y1: "y1",
        y2: "y2",
        fill: "var(--color-comparator)",
        title: "title",
      }),
      Plot.ruleY([base], { stroke: "var(--color-ink-muted)" }),
      Plot.text([histogramLabel], {
        x: 0,
        y: base + HIST + 6,
        text: (d: string) => d,
        textAnchor: "start",
        frameAnchor: "left",
        fontWeight: 600,
        fill: "var(--color-ink)",
        fontSize: narrow ? 11.5 : 13,
        lineWidth: narrow ? 30 : 60,
      }),
      ...rules.flatMap((r) => [
        Plot.ruleX([r], { x: "value", y1: 0, y2: top + 4, stroke: "var(--color-ink)", strokeDasharray: "4 3" }),
        Plot.text([r], {
          x: "value",
          y: top + 12,
          text: "label",
          textAnchor: narrow ? "end" : "start",
          dx: narrow ? -4 : 4,
          fill: "var(--color-ink)",
          fontSize: narrow ? 11 : 12,
          title: "title",
        }),
      ]),
      Plot.text(laid, {
        x: 0,
        y: "y",
        dy: -12,
        text: "label",
        textAnchor: "start",
        // Plot's lineWidth is in ems: at 11 px, 28 ems stay inside a phone's 340 px drawing.
        ...(narrow ? { lineWidth: 28, lineAnchor: "bottom" as const } : {}),
        fill: "var(--color-ink)",
        fontSize: narrow ? 11 : 12.5,
        // A halo in the page colour, so the "Highest" rule stops at the label instead of striking through it.
        stroke: "var(--color-paper)",
        strokeWidth: 4,
        paintOrder: "stroke",
      }),
      Plot.ruleY(
        laid.filter((r) => r.style === "bar"),
        {
          y: "y",
          x1: (r: LadderRow) => r.low,
          x2: (r: LadderRow) => Math.max(r.high, r.low + 0.4),
          stroke: "color",
          strokeWidth: 9,
          title: "title",
        },
      ),
      Plot.ruleY(
        laid.filter((r) => r.style === "line"),
        { y: "y", x1: "low", x2: "high", stroke: "color", strokeWidth: 3, title: "title" },
      ),
      Plot.dot(
        laid.filter((r) => r.style === "line"),
        { x: "low", y: "y", r: 4, fill: "color", title: "title" },
      ),
      Plot.dot(
        laid.filter((r) => r.style === "line" && r.high !== r.low),
        { x: "high", y: "y", r: 4, fill: "color", title: "title" },
      ),
    ],
  };
}
