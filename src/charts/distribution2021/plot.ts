/**
 * One caseload scale: the 2021 distribution of cases held per FTE as a histogram (bar area = share of case
 * holders, so the wide derived 25 to 50 band is drawn flat and low, and outlined as derived), with averages as
 * vertical rules and the ranges practitioners described as rows above. Pure: (data, options) -> Plot options.
 *
 * The y scale is laid out in pixels (domain = drawing height), so rows keep their spacing at any width.
 */
import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";

/** One band of the distribution. */
export interface ScaleBand {
  from: number;
  to: number;
  /** Share of case holders in the band, %. */
  share: number;
  /** Computed rather than published: drawn outlined and labelled "derived". */
  derived: boolean;
  title: string;
}

/** A vertical rule across the drawing (an average). */
export interface ScaleRule {
  value: number;
  label: string;
  title: string;
  color: string;
  dashed: boolean;
}

/** A range someone described (a practitioner's caseload). */
export interface ScaleRange {
  low: number;
  high: number;
  label: string;
  title: string;
}

/** Options of caseloadScale. */
interface CaseloadScaleOptions {
  width: number;
  xLabel: string;
  xMax: number;
  rules: readonly ScaleRule[];
  ranges: readonly ScaleRange[];
}

const RULE_ROW = 18;
const BAR = "var(--color-comparator)";
const RANGE = "var(--color-testimony)";
/** Paper-coloured outline behind labels, so a rule passing under a label does not cut it. */
const HALO = "var(--color-paper)";

/** Bars with heights as density (share per case per FTE), scaled to `hist` px, and their share labels. */
function bars(
  bands: readonly ScaleBand[],
  narrow: boolean,
  hist: number,
): (ScaleBand & { y2: number; text: string })[] {
  const densest = Math.max(...bands.map((b) => b.share / (b.to - b.from)), 0.001);
  return bands.map((b) => ({
    ...b,
    y2: (b.share / (b.to - b.from) / densest) * (hist - 18),
    // Whole percentages at phone width, where a 5-case band is about 30 px wide.
    text: `${b.share.toFixed(narrow ? 0 : 1)}%${b.derived ? " (derived)" : ""}`,
  }));
}

/** (bands, options) -> Plot options. */
export function caseloadScale(bands: readonly ScaleBand[], options: CaseloadScaleOptions): PlotOptions {
  const { width, xLabel, xMax, rules, ranges } = options;
  const narrow = width < 480;
  // Tighter at phone width, so the lead chart fits a phone's first screen.
  const hist = narrow ? 90 : 110;
  const rangeRow = narrow ? 24 : 30;
  const ruleTop = hist + 8 + rules.length * RULE_ROW;
  const total = ruleTop + ranges.length * rangeRow + 6;
  // The highest value takes the lowest label row, so no label runs across another rule.
  const laidRules = [...rules]
    .sort((a, b) => b.value - a.value)
    .map((r, i) => ({ ...r, y: hist + 8 + i * RULE_ROW + 10 }));
  const laidRanges = ranges.map((r, i) => ({ ...r, y: ruleTop + i * rangeRow + rangeRow / 2 }));
  const drawn = bars(bands, narrow, hist);
  const font = narrow ? 10.5 : 12;
  return {
    width,
    height: total + 8 + 36,
    marginTop: 8,
    marginBottom: 36,
    marginLeft: 12,
    marginRight: narrow ? 12 : 20,
    x: { domain: [0, xMax], grid: true, label: xLabel, labelAnchor: "center", labelArrow: "none", round: true },
    y: { domain: [0, total], axis: null, round: true },
    marks: [
      Plot.rect(
        drawn.filter((b) => !b.derived),
        { x1: "from", x2: "to", y1: 0, y2: "y2", fill: BAR, inset: 0.5, title: "title" },
      ),
      Plot.rect(
        drawn.filter((b) => b.derived),
        {
          x1: "from",
          x2: "to",
          y1: 0,
          y2: "y2",
          fill: BAR,
          fillOpacity: 0.35,
          stroke: "var(--color-ink)",
          strokeDasharray: "4 3",
          inset: 0.5,
          title: "title",
        },
      ),
      Plot.ruleY([0], { stroke: "var(--color-ink-muted)" }),
      ...laidRules.flatMap((r) => [
        Plot.ruleX([r], {
          x: "value",
          y1: 0,
          y2: r.y + 4,
          stroke: r.color,
          strokeWidth: 2,
          strokeDasharray: r.dashed ? "5 3" : "none",
          title: "title",
        }),
        Plot.text([r], {
          x: "value",
          y: "y",
          text: "label",
          textAnchor: "start",
          dx: 5,
          fill: "var(--color-ink)",
          fontSize: font,
          fontWeight: 600,
        }),
      ]),
      Plot.text(drawn, {
        x: (b: ScaleBand) => (b.from + b.to) / 2,
        y: "y2",
        dy: -7,
        text: "text",
        fill: "var(--color-ink)",
        fontSize: font,
        lineWidth: 30,
        stroke: HALO,
        strokeWidth: 3,
        paintOrder: "stroke",
      }),
      Plot.ruleY(laidRanges, {
        y: "y",
        x1: "low",
        x2: (r: ScaleRange) => Math.max(r.high, r.low + 0.4),
        stroke: RANGE,
        strokeWidth: 9,
        title: "title",
      }),
      Plot.text(laidRanges, {
        x: "low",
        y: "y",
        text: "label",
        textAnchor: "end",
        dx: -6,
        fill: "var(--color-ink)",
        fontSize: font,
      }),
    ],
  };
}
