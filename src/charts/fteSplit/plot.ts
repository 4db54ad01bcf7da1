/**
 * Who is in the caseload's denominator: all children and family social worker FTE (employed plus agency) each
 * year, split into the FTE holding cases and the rest, with the case-holding share printed above. Pure.
 */
import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";

/** One year's split. */
export interface SplitRow {
  year: number;
  /** FTE holding one or more cases (the caseload's denominator). */
  holding: number;
  /** All social worker FTE, employed plus agency, less those holding cases. */
  other: number;
  /** holding as a share of all, in %. */
  share: number;
}

const PARTS = ["Holding cases", "Not holding cases"] as const;

/** (rows, options) -> Plot options. */
export function fteSplit(rows: readonly SplitRow[], options: { width: number }): PlotOptions {
  const { width } = options;
  const narrow = width < 480;
  const long = rows.flatMap((r) => [
    { year: r.year, part: PARTS[0], fte: r.holding },
    { year: r.year, part: PARTS[1], fte: r.other },
  ]);
  const top = Math.ceil(Math.max(...rows.map((r) => r.holding + r.other)) / 5000) * 5000 + 5000;
  return {
    width,
    height: 300,
    marginLeft: 58,
    marginRight: 8,
    marginTop: 20,
    marginBottom: 28,
    x: {
      type: "band",
      label: null,
      tickFormat: (d: number) => (narrow ? `’${String(d).slice(2)}` : String(d)),
      padding: 0.25,
    },
    y: { domain: [0, top], grid: true, label: null, ticks: 4, tickFormat: (d: number) => d.toLocaleString("en-GB") },
    color: { domain: [...PARTS], range: ["var(--color-council)", "var(--color-rule)"] },
    marks: [
      Plot.barY(long, {
        x: "year",
        y: "fte",
        fill: "part",
        order: [...PARTS],
        title: (d: (typeof long)[number]) =>
          `${String(d.year)}, ${d.part}: ${Math.round(d.fte).toLocaleString("en-GB")} FTE`,
      }),
      Plot.text(rows, {
        x: "year",
        y: (r: SplitRow) => r.holding + r.other,
        dy: -8,
        text: (r: SplitRow) => `${r.share.toFixed(narrow ? 0 : 1)}%`,
        fontSize: narrow ? 10 : 12,
        fontWeight: 700,
        fill: "var(--color-council)",
      }),
      Plot.ruleY([0]),
    ],
  };
}
