/** A plain yearly line: one series, its points labelled with their values. The building block of trend charts. */
import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";

/** One point of a yearly series; value null where the publisher gives a symbol instead of a number. */
export interface YearPoint {
  /** 30 September count year. */
  year: number;
  /** The published value, or null. */
  value: number | null;
}

/** Options of lineTrend. */
export interface LineTrendOptions {
  /** Drawing width in px. */
  width: number;
  /** y-axis label. */
  yLabel: string;
  /** Line colour (a CSS colour or token). */
  color?: string;
  /** Name shown in each point's tooltip. */
  name: string;
}

/** (points, options) -> Plot options: a line with a dot and tooltip text per year. No I/O, no DOM. */
export function lineTrend(points: readonly YearPoint[], options: LineTrendOptions): PlotOptions {
  const { width, yLabel, color = "var(--color-council)", name } = options;
  const drawn = points.filter((p): p is { year: number; value: number } => p.value !== null);
  const years = points.map((p) => p.year);
  return {
    width,
    height: Math.round(Math.max(220, width * 0.5)),
    marginLeft: 40,
    x: { label: null, tickFormat: "d", ticks: width < 400 ? years.filter((_, i) => i % 2 === 0) : years },
    y: { label: yLabel, grid: true, zero: true },
    marks: [
      Plot.ruleY([0]),
      Plot.line(drawn, { x: "year", y: "value", stroke: color, strokeWidth: 2.5 }),
      Plot.dot(drawn, {
        x: "year",
        y: "value",
        fill: color,
        r: 4,
        title: (d: { year: number; value: number }) => `${name}, ${String(d.year)}: ${d.value.toFixed(1)}`,
      }),
    ],
  };
}
