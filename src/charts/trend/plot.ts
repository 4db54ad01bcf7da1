/**
 * A council's caseload over time against England, its region, its statistical neighbours or councils with the
 * same Ofsted grade; every inspection marked on the time axis with its grade letter. Pure: (rows, options) ->
 * Plot options.
 *
 * x is in "count years": 2021 is the 30 September 2021 count, and an inspection published on 26 November
 * 2021 sits at about 2021.16, so inspections fall between the counts they came between.
 */
import { dp1 } from "../../lib/domain/format.ts";
import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";
import { dodge, widestLabel } from "../textWidth.ts";

/** How a series is drawn. */
type TrendRole = "council" | "predecessor" | "england" | "region" | "comparator";

/** One yearly value of one series. */
export interface TrendRow {
  series: string;
  role: TrendRole;
  year: number;
  /** Null where DfE published a symbol instead. */
  value: number | null;
  /** DfE symbol when value is null ("u", "x", ...), else "". */
  status: string;
  /** Joint return covering this council and another. */
  joint: boolean;
}

/** A group's median and middle half for one year (same-grade comparator). */
export interface BandRow {
  year: number;
  median: number;
  low: number;
  high: number;
  n: number;
}

/** An inspection mark. */
export interface InspectionMark {
  /** ISO publication date. */
  date: string;
  /** Grade letter printed on the chart (O, G, RI, I), with "*" for unofficial. */
  letter: string;
  /** Colour token of the grade. */
  color: string;
  /** Tooltip text. */
  label: string;
}

/** Options of caseloadTrend. */
export interface TrendOptions {
  width: number;
  /** Label of the band, e.g. "Councils graded Good". */
  bandLabel?: string;
  /** First and last count years on the axis. */
  years: readonly [number, number];
}

/** ISO date -> position in count years (30 September = integer). */
export function countYear(iso: string): number {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  const y = d.getUTCFullYear();
  const start = Date.UTC(y, 0, 1);
  const len = Date.UTC(y + 1, 0, 1) - start;
  const frac = (d.getTime() - start) / len;
  const sept30 = (Date.UTC(y, 8, 30) - start) / len;
  return y + frac - sept30;
}

const COLOR: Record<TrendRole, string> = {
  council: "var(--color-council)",
  predecessor: "var(--color-council)",
  england: "var(--color-england)",
  region: "var(--color-region)",
  comparator: "var(--color-comparator)",
};

type Drawn = TrendRow & { value: number };
const fmt = (v: number): string => dp1(v);

/** (rows, band, inspections, options) -> Plot options. */
export function caseloadTrend(
  rows: readonly TrendRow[],
  band: readonly BandRow[],
  inspections: readonly InspectionMark[],
  options: TrendOptions,
): PlotOptions {
  const { width, years } = options;
  const narrow = width < 480;
  const drawn = rows.filter((r): r is Drawn => r.value !== null);
  const gaps = rows.filter((r) => r.value === null && (r.role === "council" || r.role === "predecessor"));
  const max = Math.max(10, ...drawn.map((r) => r.value), ...band.map((b) => b.high));
  const top = Math.ceil((max * 1.18) / 5) * 5;
  const [y0, y1] = years;
  const lo = y0 - 0.45;
  const hi = y1 + 0.45;
  const marks = inspections.map((i) => ({ ...i, x: countYear(i.date) })).filter((i) => i.x >= lo && i.x <= hi);
  const ticks: number[] = [];
  for (let y = y0; y <= y1; y += narrow ? 2 : 1) ticks.push(y);
  const order: TrendRole[] = ["comparator", "region", "england", "predecessor", "council"];
  const byRole = (role: TrendRole): Drawn[] => drawn.filter((r) => r.role === role);
  const lines = order.map((role) =>
    Plot.line(byRole(role), {
      x: "year",
      y: "value",
      z: "series",
      stroke: COLOR[role],
      strokeWidth: role === "council" ? 3 : role === "comparator" ? 1 : 2,
      strokeOpacity: role === "comparator" ? 0.8 : 1,
      ...(role === "predecessor" ? { strokeDasharray: "5,4" } : {}),
      // Comparator lines carry one tooltip each (there can be ten of them, so no dots).
      ...(role === "comparator" ? { title: (r: Drawn) => `${r.series} (statistical neighbour)` } : {}),
    }),
  );
  const dotRoles = drawn.filter((r) => r.role !== "comparator");
  const height = Math.round(Math.max(240, width * 0.5));
  // Each predecessor's name beside its last point, nudged apart when two end together (two lines on phones).
  const pxPerUnit = (height - 26 - 30) / top;
  const ends = byRole("predecessor").filter((r, i, a) => a[i + 1]?.series !== r.series);
  const nudges = dodge(
    ends.map((r) => (top - r.value) * pxPerUnit),
    narrow ? 30 : 15,
  );
  const predecessorLabels = ends.map((r, i) => ({ ...r, nudge: nudges[i] ?? 0 }));
  // Statistical neighbours named at their line ends on the wide chart (nudged apart); phones keep the table.
  const compEnds = narrow ? [] : byRole("comparator").filter((r, i, a) => a[i + 1]?.series !== r.series);
  const compNudges = dodge(
    compEnds.map((r) => (top - r.value) * pxPerUnit),
    11,
  );
  const compLabels = compEnds.map((r, i) => ({ ...r, nudge: compNudges[i] ?? 0 }));
  const compRoom =
    compLabels.length > 0
      ? Math.ceil(
          widestLabel(
            compLabels.map((r) => r.series),
            10,
          ),
        ) + 10
      : 0;
  return {
    width,
    height,
    marginLeft: 36,
    marginRight: narrow ? 12 : Math.max(16, compRoom),
    marginTop: 26,
    x: { domain: [lo, hi], ticks, tickFormat: (d: number) => String(d), label: null },
    y: { domain: [0, top], grid: true, label: "Cases per social worker", ticks: narrow ? 4 : 6 },
    marks: [
      Plot.ruleY([0]),
      ...(band.length > 0
        ? [
            Plot.areaY(band, { x: "year", y1: "low", y2: "high", fill: "var(--color-comparator)", fillOpacity: 0.35 }),
            Plot.line(band, {
              x: "year",
              y: "median",
              stroke: "var(--color-comparator)",
              strokeWidth: 2,
              strokeDasharray: "2,3",
            }),
            Plot.dot(band, {
              x: "year",
              y: "median",
              r: 2.5,
              fill: "var(--color-comparator)",
              title: (b: BandRow) =>
                `${options.bandLabel ?? "Comparators"}, ${String(b.year)}: median ${fmt(b.median)}, middle half ${fmt(b.low)}–${fmt(b.high)} (${String(b.n)} councils)`,
            }),
          ]
        : []),
      ...marks.flatMap((m) => [
        Plot.ruleX([m], { x: "x", y1: 0, y2: top * 0.92, stroke: m.color, strokeDasharray: "2,3", strokeWidth: 1.5 }),
      ]),
      Plot.text(marks, {
        x: "x",
        y: top,
        text: "letter",
        fill: "currentColor",
        fontWeight: 700,
        fontSize: 11,
        dy: -4,
        title: "label",
      }),
      Plot.dot(marks, { x: "x", y: top * 0.92, r: 3, fill: "color", symbol: "diamond2" }),
      ...lines,
      Plot.dot(dotRoles, {
        x: "year",
        y: "value",
        r: (r: Drawn) => (r.role === "council" ? 4 : 3),
        fill: (r: Drawn) => (r.joint ? "var(--color-paper)" : COLOR[r.role]),
        stroke: (r: Drawn) => COLOR[r.role],
        strokeWidth: 2,
        title: (r: Drawn) => `${r.series}, ${String(r.year)}: ${fmt(r.value)}${r.joint ? " (joint return)" : ""}`,
      }),
      // Years with a DfE symbol instead of a number: the symbol printed at the foot of the axis.
      Plot.text(gaps, {
        x: "year",
        y: 0,
        dy: -9,
        text: (r: TrendRow) => r.status || "–",
        fill: "var(--color-flag)",
        fontWeight: 700,
        title: (r: TrendRow) => `${r.series}, ${String(r.year)}: no figure (${r.status || "not published"})`,
      }),
      // The predecessor's name beside its last point.
      Plot.text(compLabels, {
        x: "year",
        y: (r: Drawn & { nudge: number }) => r.value - r.nudge / pxPerUnit,
        text: "series",
        textAnchor: "start",
        dx: 5,
        fill: "var(--color-ink-muted)",
        fontSize: 10,
      }),
      Plot.text(predecessorLabels, {
        x: "year",
        y: (r: Drawn & { nudge: number }) => r.value - r.nudge / pxPerUnit,
        text: "series",
        textAnchor: "start",
        dx: 6,
        dy: -12,
        lineWidth: narrow ? 14 : 30,
        fill: "var(--color-council)",
        fontSize: 12,
      }),
    ],
  };
}
