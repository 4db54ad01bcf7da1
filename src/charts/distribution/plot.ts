/**
 * A binned distribution per group, drawn as a mirrored histogram ("violin of bars"): one bar per occupied bin,
 * its width the number of values in it, centred on the group. An optional overlay line (England's average) and
 * labelled points (the highest value) sit on top. Pure: (groups, options) -> Plot options. No I/O, no DOM.
 */
import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";
import { widestLabel } from "../textWidth.ts";

/** One occupied bin of a group. */
export interface DistBin {
  /** Bin's lower edge (inclusive). */
  from: number;
  /** Bin's upper edge (exclusive). */
  to: number;
  /** How many values it holds. */
  count: number;
  /** Tooltip / <title> text. */
  title: string;
}

/** One group (a year, a grade) and its bins. */
export interface DistGroup {
  /** Axis label. */
  label: string;
  bins: readonly DistBin[];
  /** Median, drawn as a short rule; null for none. */
  median: number | null;
  /** Tooltip of the median rule. */
  medianTitle?: string;
  /** Fill of the group's bars; defaults to options.color. */
  color?: string;
}

/** A point drawn over a group (England's value, the highest council). */
interface DistPoint {
  /** Index of the group it belongs to. */
  group: number;
  value: number;
  title: string;
}

/** Options of binnedDistribution. */
export interface BinnedDistributionOptions {
  width: number;
  yLabel: string;
  /** Bar colour when a group has none. */
  color?: string;
  /** Widths relative to the biggest bin of all groups ("global") or of each group ("group"). */
  scale?: "global" | "group";
  /** A line through one point per group (England's average). */
  line?: { points: readonly DistPoint[]; color: string };
  /** Points drawn as rings with a text label (the highest value). */
  marked?: readonly (DistPoint & { label?: string })[];
  /** Upper end of the y axis (default: the highest bin edge). */
  yMax?: number;
  /** Height in px (default from width). */
  height?: number;
}

/** (groups, options) -> Plot options. */
export function binnedDistribution(groups: readonly DistGroup[], options: BinnedDistributionOptions): PlotOptions {
  const { width, yLabel, color = "var(--color-comparator)", scale = "global", line, marked = [] } = options;
  const narrow = width < 480;
  const globalMax = Math.max(1, ...groups.flatMap((g) => g.bins.map((b) => b.count)));
  const half = 0.44;
  const bars = groups.flatMap((g, i) => {
    const max = scale === "global" ? globalMax : Math.max(1, ...g.bins.map((b) => b.count));
    return g.bins.map((b) => {
      // A floor keeps a band holding one value visible as a short bar rather than a hairline.
      const w = Math.max((b.count / max) * half, 0.05);
      return { x1: i - w, x2: i + w, y1: b.from + 0.08, y2: b.to - 0.08, title: b.title, fill: g.color ?? color };
    });
  });
  const medians = groups.flatMap((g, i) =>
    g.median === null ? [] : [{ x1: i - half, x2: i + half, y: g.median, title: g.medianTitle ?? "" }],
  );
  const yMax = options.yMax ?? Math.max(...groups.flatMap((g) => g.bins.map((b) => b.to)), 1);
  const height = options.height ?? Math.round(Math.max(300, Math.min(460, width * 0.62)));
  const labels = groups.map((g) => g.label);
  const tickEvery = narrow && labels.length > 6 ? 2 : 1;
  // Group labels shrink to 11 px when two neighbours' longest lines would meet at 13 px.
  const spacing = (width - 40 - (narrow ? 8 : 16)) / Math.max(1, groups.length);
  const lineWidths = labels.map((l) => widestLabel(l.split("\n")));
  const crowded = lineWidths.some((w, i) => i > 0 && (w + (lineWidths[i - 1] ?? 0)) / 2 > spacing - 4);
  const ticks = labels.map((_, i) => i).filter((i) => i % tickEvery === 0);
  const tickFormat = (i: number) => labels[i] ?? "";
  return {
    width,
    height,
    marginLeft: 40,
    marginRight: narrow ? 8 : 16,
    marginTop: 30,
    marginBottom: labels.some((l) => l.includes("\n")) ? 44 : 30,
    x: { domain: [-0.5, groups.length - 0.5], ticks, tickFormat, tickSize: 0, label: null, round: true },
    y: { domain: [0, yMax], grid: true, label: yLabel, nice: true, round: true },
    marks: [
      ...(crowded ? [Plot.axisX(ticks, { tickFormat, tickSize: 0, fontSize: 11, label: null })] : []),
      Plot.ruleY([0]),
      Plot.rectX(bars, {
        x1: "x1",
        x2: "x2",
        y1: "y1",
        y2: "y2",
        // A constant fill is written once on the group, not on every bar.
        fill: new Set(bars.map((b) => b.fill)).size === 1 ? (bars[0]?.fill ?? color) : "fill",
        fillOpacity: 0.85,
        title: "title",
      }),
      ...(medians.length > 0
        ? [
            Plot.ruleY(medians, {
              y: "y",
              x1: "x1",
              x2: "x2",
              stroke: "var(--color-ink)",
              strokeWidth: 1.5,
              title: "title",
            }),
          ]
        : []),
      ...(line
        ? [
            Plot.line(line.points, { x: "group", y: "value", stroke: line.color, strokeWidth: 2.5 }),
            Plot.dot(line.points, {
              x: "group",
              y: "value",
              fill: line.color,
              stroke: "var(--color-paper)",
              r: 4,
              title: "title",
            }),
          ]
        : []),
      ...(marked.length > 0
        ? [
            Plot.dot(marked, {
              x: "group",
              y: "value",
              r: 4.5,
              stroke: "var(--color-ink)",
              strokeWidth: 1.5,
              fill: "var(--color-paper)",
              title: "title",
            }),
            Plot.text(
              marked.filter((m) => m.label !== undefined),
              {
                x: "group",
                y: "value",
                text: "label",
                dx: 8,
                textAnchor: "start",
                fill: "var(--color-ink)",
                fontSize: narrow ? 11 : 12,
                lineWidth: narrow ? 9 : 14,
              },
            ),
          ]
        : []),
    ],
  };
}
