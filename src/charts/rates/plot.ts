/**
 * Agency, vacancy and turnover rates as small multiples: the council against England, one panel per measure
 * (side by side when wide, stacked on phones). Pure: (rows, options) -> Plot options.
 */
import { dp1 } from "../../lib/domain/format.ts";
import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";
import { textWidth } from "../textWidth.ts";

/** One yearly rate of one series. */
export interface RateRow {
  /** Panel label, e.g. "Agency rate". */
  measure: string;
  series: string;
  role: "council" | "england" | "predecessor";
  year: number;
  value: number | null;
  status: string;
  joint: boolean;
}

/** Options of workforceRates. */
export interface RatesOptions {
  width: number;
  /** Panel order. */
  measures: readonly string[];
  years: readonly [number, number];
}

const COLOR = { council: "var(--color-council)", england: "var(--color-england)", predecessor: "var(--color-council)" };
type Drawn = RateRow & { value: number };

/** (rows, options) -> Plot options. */
export function workforceRates(rows: readonly RateRow[], options: RatesOptions): PlotOptions {
  const { width, measures, years } = options;
  const narrow = width < 480;
  const drawn = rows.filter((r): r is Drawn => r.value !== null);
  const gaps = rows.filter((r) => r.value === null && r.role !== "england");
  const max = Math.max(10, ...drawn.map((r) => r.value));
  const top = Math.ceil((max * 1.1) / 10) * 10;
  const facet = narrow ? { fy: "measure" } : { fx: "measure" };
  const [y0, y1] = years;
  const ticks = narrow ? [y0, Math.round((y0 + y1) / 2), y1] : [y0, y1];
  const line = (role: RateRow["role"]) =>
    Plot.line(
      drawn.filter((r) => r.role === role),
      {
        ...facet,
        x: "year",
        y: "value",
        z: "series",
        stroke: COLOR[role],
        strokeWidth: role === "council" ? 2.5 : 1.5,
        ...(role === "predecessor" ? { strokeDasharray: "5,4" } : {}),
      },
    );
  return {
    width,
    height: narrow ? 3 * 150 + 40 : 240,
    marginLeft: Math.ceil(textWidth(`${String(top)}%`)) + 12,
    marginRight: narrow ? 76 : 14,
    marginTop: narrow ? 10 : 26,
    marginBottom: 28,
    fx: { domain: measures, label: null, padding: 0.12 },
    fy: { domain: measures, label: null, padding: 0.15 },
    x: { domain: [y0 - 0.4, y1 + 0.4], ticks, tickFormat: (d: number) => String(d), label: null },
    y: { domain: [0, top], grid: true, label: null, ticks: 4, tickFormat: (d: number) => `${String(d)}%` },
    marks: [
      Plot.frame({ stroke: "var(--color-rule)" }),
      Plot.ruleY([0]),
      line("england"),
      line("predecessor"),
      line("council"),
      Plot.dot(drawn, {
        ...facet,
        x: "year",
        y: "value",
        r: (r: Drawn) => (r.role === "england" ? 2 : 3),
        fill: (r: Drawn) => (r.joint ? "var(--color-paper)" : COLOR[r.role]),
        stroke: (r: Drawn) => COLOR[r.role],
        strokeWidth: 1.5,
        title: (r: Drawn) =>
          `${r.measure}, ${r.series}, ${String(r.year)}: ${dp1(r.value)}%${r.joint ? " (joint return)" : ""}`,
      }),
      Plot.text(gaps, {
        ...facet,
        x: "year",
        y: 0,
        dy: -8,
        text: (r: RateRow) => r.status || "–",
        fill: "var(--color-flag)",
        fontWeight: 700,
        title: (r: RateRow) =>
          `${r.measure}, ${r.series}, ${String(r.year)}: ${r.status === "!" ? "published value not shown (implausible, see notes)" : `no figure (${r.status || "not published"})`}`,
      }),
    ],
  };
}
