/**
 * Range lanes: one horizontal lane per row, on one numeric x axis. A lane can hold the spread of all councils
 * (lowest to highest, with the middle half as a bar and the median as a tick), a range someone stated (a bar, or a
 * dot when it is a single number), official points (dots or diamonds), and a note in words where there is no
 * number. Used for testimony against the official figures and for reported figures against DfE's. Pure: no I/O,
 * no DOM. Every data mark carries a `title` written by the caller, so the chart script can step through them.
 */
import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";
import { FONT_PX, textWidth, widestLabel } from "../textWidth.ts";

/** The spread of councils' values on a lane. */
interface LaneSpread {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  /** Tooltip and accessible text, e.g. "All councils, 2018: lowest 8.3, median 16.4, highest 27.1". */
  title: string;
}

/** A stated range (low = high for a single figure). */
interface LaneRange {
  low: number;
  high: number;
  title: string;
  /** CSS colour, normally a token. */
  color: string;
  /** Text written at the right end, e.g. "38–45". */
  label?: string;
}

/** One official (or other single) value. */
export interface LanePoint {
  value: number;
  title: string;
  color: string;
  symbol?: "circle" | "diamond";
  /** Text written above the point, e.g. "17.9". */
  label?: string;
}

/** One lane of the chart. */
export interface Lane {
  /** The lane's name on the y axis; unique within a chart. */
  label: string;
  spread?: LaneSpread;
  range?: LaneRange;
  points?: readonly LanePoint[];
  /** Written in the lane when it has no number to draw, e.g. "No figure given". */
  missing?: string;
}

/** Options of rangeLanes. */
export interface RangeLanesOptions {
  width: number;
  /** x-axis label. */
  xLabel: string;
  /** Lowest upper end of the x axis (so small values are not blown up). */
  minMax?: number;
}

type Datum = { lane: string } & Record<string, unknown>;

/** `label` cut with an ellipsis to fit `maxPx` at 13 px. */
function fit(label: string, maxPx: number): string {
  if (textWidth(label) <= maxPx) return label;
  let cut = label;
  while (cut.length > 1 && textWidth(`${cut}…`) > maxPx) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** (lanes, options) -> Plot options. */
export function rangeLanes(lanes: readonly Lane[], options: RangeLanesOptions): PlotOptions {
  const { width, xLabel, minMax = 0 } = options;
  const narrow = width < 480;
  const spreads: Datum[] = lanes.flatMap((l) => (l.spread ? [{ lane: l.label, ...l.spread }] : []));
  const ranges: Datum[] = lanes.flatMap((l) => (l.range ? [{ lane: l.label, ...l.range }] : []));
  const points: Datum[] = lanes.flatMap((l) => (l.points ?? []).map((p) => ({ lane: l.label, ...p })));
  const missing: Datum[] = lanes.flatMap((l) => (l.missing !== undefined ? [{ lane: l.label, text: l.missing }] : []));
  const top = Math.max(
    minMax,
    ...lanes.flatMap((l) => [l.spread?.max ?? 0, l.range?.high ?? 0, ...(l.points ?? []).map((p) => p.value)]),
  );
  const laneHeight = narrow ? 44 : 40;
  // Lane names measured at 13 px, given at most 40% of a phone chart (a third when wide), cut with "…" beyond.
  const room = width * (narrow ? 0.4 : 0.34);
  const names = new Map(lanes.map((l) => [l.label, fit(l.label, room)]));
  const marginLeft = Math.ceil(widestLabel([...names.values()])) + 12;
  const text = (d: Datum, k: string): string => (typeof d[k] === "string" ? d[k] : "");
  const marginRight = Math.max(
    16,
    Math.ceil(
      widestLabel(
        ranges.map((d) => text(d, "label")),
        FONT_PX,
        true,
      ),
    ) + 12,
  );
  const str = (k: string) => (d: Datum) => text(d, k);
  return {
    width,
    height: lanes.length * laneHeight + 56,
    marginLeft,
    marginRight,
    marginTop: 16,
    marginBottom: 40,
    x: { label: xLabel, domain: [0, Math.ceil((top * 1.08) / 5) * 5], grid: true, ticks: narrow ? 4 : 8 },
    y: {
      label: null,
      domain: lanes.map((l) => l.label),
      padding: 0.35,
      tickFormat: (s: string) => names.get(s) ?? s,
    },
    marks: [
      Plot.ruleX([0]),
      // The spread: a thin rule from lowest to highest, a bar for the middle half, a tick at the median.
      Plot.ruleY(spreads, {
        y: "lane",
        x1: "min",
        x2: "max",
        stroke: "var(--color-comparator)",
        strokeWidth: 2,
      }),
      Plot.barX(spreads, {
        y: "lane",
        x1: "q1",
        x2: "q3",
        fill: "var(--color-comparator)",
        fillOpacity: 0.45,
        insetTop: 6,
        insetBottom: 6,
        title: str("title"),
      }),
      Plot.tickX(spreads, {
        y: "lane",
        x: "median",
        stroke: "var(--color-comparator)",
        strokeWidth: 3,
        insetTop: 4,
        insetBottom: 4,
      }),
      // A stated range: a bar from low to high (a single figure is drawn as a short bar centred on it).
      Plot.barX(ranges, {
        y: "lane",
        x1: (d: Datum) => (d["low"] === d["high"] ? Number(d["low"]) - 0.25 : Number(d["low"])),
        x2: (d: Datum) => (d["low"] === d["high"] ? Number(d["high"]) + 0.25 : Number(d["high"])),
        fill: str("color"),
        insetTop: 8,
        insetBottom: 8,
        title: str("title"),
      }),
      Plot.text(ranges, {
        y: "lane",
        x: "high",
        text: str("label"),
        textAnchor: "start",
        dx: 6,
        fill: "currentColor",
        fontWeight: 600,
      }),
      Plot.dot(points, {
        y: "lane",
        x: "value",
        r: 5.5,
        fill: str("color"),
        stroke: "var(--color-paper)",
        strokeWidth: 1.5,
        symbol: (d: Datum) => (d["symbol"] === "diamond" ? "diamond" : "circle"),
        title: str("title"),
      }),
      Plot.text(points, {
        y: "lane",
        x: "value",
        text: str("label"),
        dy: -13,
        fill: "currentColor",
        fontSize: 12,
      }),
      Plot.text(missing, {
        y: "lane",
        frameAnchor: "left",
        text: "text",
        textAnchor: "start",
        dx: 6,
        fill: "var(--color-ink-muted)",
        fontStyle: "italic",
      }),
    ],
  };
}
