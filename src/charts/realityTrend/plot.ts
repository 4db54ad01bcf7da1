/**
 * The official caseload beside children in need per case-holding FTE, year by year: the same denominator (FTE
 * holding cases), two numerators (cases held; children in need six months earlier). Solid: the official caseload;
 * dashed: children in need. Pure: (rows, options) -> Plot options.
 */
import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";
import { dodge, widestLabel } from "../textWidth.ts";
import { dp1 } from "../../lib/domain/format.ts";

/** One yearly value of one line. */
export interface TrendRow {
  /** Line label, e.g. "Walsall: children in need". */
  series: string;
  role: "council" | "england";
  measure: "caseload" | "need";
  year: number;
  value: number | null;
  status: string;
  joint: boolean;
}

/** Options of realityTrend. */
interface TrendOptions {
  width: number;
  years: readonly [number, number];
}

type Drawn = TrendRow & { value: number };
const COLOR = { council: "var(--color-council)", england: "var(--color-england)" };

/** (rows, options) -> Plot options. */
export function realityTrend(rows: readonly TrendRow[], options: TrendOptions): PlotOptions {
  const { width, years } = options;
  const narrow = width < 480;
  const drawn = rows.filter((r): r is Drawn => r.value !== null);
  const gaps = rows.filter((r) => r.value === null && r.role === "council");
  const last = [...new Map(drawn.map((r) => [r.series, r])).values()];
  const top = Math.ceil(Math.max(10, ...drawn.map((r) => r.value)) / 5) * 5 + 5;
  const [y0, y1] = years;
  const line = (measure: TrendRow["measure"], role: TrendRow["role"]) =>
    Plot.line(
      drawn.filter((r) => r.measure === measure && r.role === role),
      {
        x: "year",
        y: "value",
        z: "series",
        stroke: COLOR[role],
        strokeWidth: role === "council" ? 2.5 : 1.5,
        ...(measure === "need" ? { strokeDasharray: "6,4" } : {}),
      },
    );
  const endLabel = (r: Drawn): string => `${r.series} ${r.value.toFixed(1)}`;
  const height = narrow ? 300 : 280;
  const pxPerUnit = (height - 16 - 28) / top;
  const nudges = dodge(
    last.map((r) => (top - r.value) * pxPerUnit),
    13,
  );
  const labelled = last.map((r, i) => ({ ...r, nudge: nudges[i] ?? 0 }));
  return {
    width,
    height,
    marginLeft: 36,
    marginRight: narrow ? 12 : Math.ceil(widestLabel(last.map(endLabel), 11)) + 14,
    marginTop: 16,
    marginBottom: 28,
    x: {
      domain: [y0 - 0.3, y1 + 0.3],
      ...(narrow ? { ticks: [y0, y1] } : {}),
      tickFormat: (d: number) => String(d),
      label: null,
    },
    y: { domain: [0, top], grid: true, label: null, ticks: 5 },
    marks: [
      Plot.ruleY([0]),
      line("caseload", "england"),
      line("need", "england"),
      line("caseload", "council"),
      line("need", "council"),
      Plot.dot(drawn, {
        x: "year",
        y: "value",
        r: (r: Drawn) => (r.role === "council" ? 3 : 2),
        fill: (r: Drawn) => (r.joint ? "var(--color-paper)" : COLOR[r.role]),
        stroke: (r: Drawn) => COLOR[r.role],
        title: (r: Drawn) => `${r.series}, ${String(r.year)}: ${dp1(r.value)}${r.joint ? " (joint return)" : ""}`,
      }),
      narrow
        ? null
        : Plot.text(labelled, {
            x: "year",
            y: (r: Drawn & { nudge: number }) => r.value - r.nudge / pxPerUnit,
            dx: 8,
            textAnchor: "start",
            text: endLabel,
            fill: (r: Drawn) => COLOR[r.role],
            fontSize: 11,
          }),
      Plot.text(gaps, {
        x: "year",
        // Two series can miss the same year: their symbols stack instead of printing on top of each other.
        y: (r: TrendRow) => (r.measure === "need" ? 16 / pxPerUnit : 0),
        dy: -8,
        text: (r: TrendRow) => r.status || "–",
        fill: "var(--color-flag)",
        fontWeight: 700,
        title: (r: TrendRow) => `${r.series}, ${String(r.year)}: no figure (${r.status || "not published"})`,
      }),
    ],
  };
}
