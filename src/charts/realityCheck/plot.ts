/**
 * The reality check: one strip per measure, each on its own zero-based scale: the spread of councils (lowest to
 * highest, and the middle half), England and the region as marked ticks, and the council as a dot with its value. Pure: (rows, options) -> Plot
 * options. Positions are computed by the spec (value ÷ the measure's largest value), so strips of different units
 * share one drawing; the value labels carry the units.
 */
import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";

/** One mark on one strip. */
export interface StripRow {
  /** Strip label (the measure). */
  measure: string;
  role: "council" | "region" | "england";
  name: string;
  /** Position on the strip, 0 to 1 (value ÷ the strip's largest value); null when there is no value. */
  x: number | null;
  /** The value as printed, with its unit. */
  label: string;
}

/** The spread of councils on one strip, as positions 0 to 1. */
export interface SpreadRow {
  measure: string;
  min: number;
  q1: number;
  q3: number;
  max: number;
}

/** Options of realityStrips. */
interface StripOptions {
  width: number;
  /** Strip order, top to bottom. */
  measures: readonly string[];
  /** Label printed at the right end of each strip (the largest value, with unit). */
  maxLabels: Readonly<Record<string, string>>;
}

type Drawn = StripRow & { x: number };
const COLOR = { council: "var(--color-council)", region: "var(--color-region)", england: "var(--color-england)" };

/** Marks for England and the region: a tall tick with a label under it. */
function refMarks(rows: readonly Drawn[], role: "region" | "england"): Plot.Markish[] {
  const data = rows.filter((r) => r.role === role);
  const dy = role === "england" ? 20 : 32;
  return [
    Plot.tickX(data, { fy: "measure", x: "x", stroke: COLOR[role], strokeWidth: 2.5, insetTop: 26, insetBottom: 36 }),
    Plot.text(data, {
      fy: "measure",
      x: "x",
      dy,
      text: (r: Drawn) => `${r.name} ${r.label}`,
      fill: COLOR[role],
      fontSize: 11,
      textAnchor: "middle",
      title: (r: Drawn) => `${r.measure}, ${r.name}: ${r.label}`,
    }),
  ];
}

/** (rows, options) -> Plot options. */
export function realityStrips(
  rows: readonly StripRow[],
  spread: readonly SpreadRow[],
  options: StripOptions,
): PlotOptions {
  const { width, measures, maxLabels } = options;
  const drawn = rows.filter((r): r is Drawn => r.x !== null);
  const council = drawn.filter((r) => r.role === "council");
  const missing = rows.filter((r) => r.role === "council" && r.x === null);
  return {
    width,
    height: measures.length * 92 + 10,
    marginLeft: 24,
    marginRight: 28,
    marginTop: 6,
    marginBottom: 4,
    x: { domain: [0, 1], axis: null },
    y: { axis: null },
    fy: { domain: measures, axis: null, padding: 0.05 },
    marks: [
      Plot.text(measures, {
        fy: (d: string) => d,
        frameAnchor: "top-left",
        text: (d: string) => d,
        fontWeight: 700,
        // At phone width the longest label ("Children in care with 3+ social workers (2024)") ran past the right
        // edge at the page's 13 px; 11 px keeps it inside.
        ...(width < 480 ? { fontSize: 11 } : {}),
        dy: 2,
      }),
      Plot.barX(spread, {
        fy: "measure",
        x1: "min",
        x2: "max",
        fill: "var(--color-rule)",
        insetTop: 40,
        insetBottom: 40,
      }),
      Plot.barX(spread, {
        fy: "measure",
        x1: "q1",
        x2: "q3",
        fill: "var(--color-rule)",
        insetTop: 33,
        insetBottom: 33,
      }),
      Plot.text(measures, {
        fy: (d: string) => d,
        x: 0,
        dy: 20,
        text: () => "0",
        fill: "var(--color-ink-muted)",
        fontSize: 11,
      }),
      Plot.text(measures, {
        fy: (d: string) => d,
        x: 1,
        dy: 20,
        textAnchor: "end",
        text: (d: string) => maxLabels[d] ?? "",
        fill: "var(--color-ink-muted)",
        fontSize: 11,
      }),
      ...refMarks(drawn, "england"),
      ...refMarks(drawn, "region"),
      Plot.dot(council, {
        fy: "measure",
        x: "x",
        r: 6,
        fill: COLOR.council,
        stroke: "var(--color-paper)",
        title: (r: Drawn) => `${r.measure}, ${r.name}: ${r.label}`,
      }),
      Plot.text(council, { fy: "measure", x: "x", dy: -16, text: "label", fill: COLOR.council, fontWeight: 700 }),
      Plot.text(missing, {
        fy: "measure",
        frameAnchor: "middle",
        dy: -16,
        text: (r: StripRow) => `${r.name}: ${r.label}`,
        fill: "var(--color-flag)",
        fontWeight: 700,
      }),
    ],
  };
}
