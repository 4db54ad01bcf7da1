/**
 * A council's official yearly series beside England's, with the figures reported about it drawn where and when
 * they were stated: a range bar (or a dot for a single figure) at the date, labelled. A target is a dashed rule.
 * Pure: (data, options) -> Plot options. No I/O, no DOM.
 */
import { dp1 } from "../../lib/domain/format.ts";
import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";

/** A yearly series (30 September counts). */
export interface ClaimsSeries {
  name: string;
  color: string;
  points: readonly { year: number; value: number | null }[];
  /** Draw dashed (a comparator such as England). */
  dashed?: boolean;
  /** Format a value for the tooltip. */
  format?: (v: number) => string;
}

/** A reported figure at the time it was stated. */
export interface Claim {
  /** Fractional year of the statement (2018.54 for mid-July 2018). */
  x: number;
  low: number;
  high: number;
  /** Short label beside it. */
  label: string;
  title: string;
  color: string;
}

/** Options of claimsTrend. */
export interface ClaimsTrendOptions {
  width: number;
  yLabel: string;
  /** A target drawn as a dashed horizontal rule. */
  target?: { value: number; label: string; title: string };
  /** Force the x domain (years); default from the data. */
  xDomain?: [number, number];
  /** Percent axis (for rates). */
  percent?: boolean;
}

/** Fractional year of an ISO date (2018-07-17 -> 2018.54). */
export function fractionalYear(iso: string): number {
  const [y = "0", m = "1", d = "1"] = iso.split("-");
  const year = Number(y);
  const start = Date.UTC(year, 0, 1);
  const t = Date.UTC(year, Number(m) - 1, Number(d));
  return year + (t - start) / (Date.UTC(year + 1, 0, 1) - start);
}

/** Is there another statement at about the same date with a higher value (so this label goes below)? */
export function labelBelow(c: Claim, all: readonly Claim[]): boolean {
  return all.some((o) => o !== c && Math.abs(o.x - c.x) < 0.5 && (o.low > c.low || (o.low === c.low && o.x < c.x)));
}

/** (series, claims, options) -> Plot options. Series points sit at 30 September of their year. */
export function claimsTrend(
  series: readonly ClaimsSeries[],
  claims: readonly Claim[],
  options: ClaimsTrendOptions,
): PlotOptions {
  const { width, yLabel, target, percent = false } = options;
  const narrow = width < 480;
  const at = (year: number): number => year + 0.75;
  const lines = series.flatMap((s) =>
    s.points.flatMap((p) =>
      p.value === null
        ? []
        : [
            {
              x: at(p.year),
              y: p.value,
              name: s.name,
              color: s.color,
              dashed: s.dashed === true,
              title: `${s.name}, 30 September ${String(p.year)}: ${(s.format ?? dp1)(p.value)}`,
            },
          ],
    ),
  );
  const years = series.flatMap((s) => s.points.map((p) => p.year));
  const xs = [...years.map(at), ...claims.map((c) => c.x)];
  const [x0, x1] = options.xDomain ?? [Math.floor(Math.min(...xs)), Math.ceil(Math.max(...xs))];
  // Ticks at 30 September, labelled with the count's year, so each yearly point sits on its own year's tick.
  const ticks: number[] = [];
  for (let y = Math.floor(x0); at(y) <= x1; y += narrow && x1 - x0 > 6 ? 2 : 1) if (at(y) >= x0) ticks.push(at(y));
  const yTop = Math.max(...lines.map((l) => l.y), ...claims.map((c) => c.high), target?.value ?? 0);
  const solid = series.filter((s) => s.dashed !== true);
  const dashed = series.filter((s) => s.dashed === true);
  const lineOf = (s: ClaimsSeries) =>
    Plot.line(
      lines.filter((l) => l.name === s.name),
      {
        x: "x",
        y: "y",
        stroke: s.color,
        strokeWidth: s.dashed === true ? 2 : 2.5,
        ...(s.dashed === true ? { strokeDasharray: "5 4" } : {}),
      },
    );
  return {
    width,
    height: Math.round(Math.max(260, Math.min(400, width * 0.56))),
    marginLeft: 46,
    marginRight: narrow ? 10 : 24,
    marginTop: 30,
    x: { domain: [x0, x1], ticks, tickFormat: (v: number) => String(Math.round(v - 0.75)), label: null, round: true },
    y: {
      domain: [0, yTop * 1.12],
      grid: true,
      round: true,
      label: yLabel,
      ...(percent ? { tickFormat: (v: number) => `${String(v)}%` } : {}),
    },
    marks: [
      Plot.ruleY([0]),
      ...(target
        ? [
            Plot.ruleY([target], {
              y: "value",
              stroke: "var(--color-flag)",
              strokeDasharray: "2 3",
              strokeWidth: 2,
              title: "title",
            }),
            Plot.text([target], {
              y: "value",
              x: x0,
              text: "label",
              dy: -8,
              dx: 4,
              textAnchor: "start",
              fill: "var(--color-ink)",
              fontSize: 12,
            }),
          ]
        : []),
      ...dashed.map(lineOf),
      ...solid.map(lineOf),
      Plot.dot(lines, {
        x: "x",
        y: "y",
        fill: "color",
        r: (d: { dashed: boolean }) => (d.dashed ? 2.5 : 3.5),
        title: "title",
      }),
      Plot.ruleX(claims, {
        x: "x",
        y1: (c: Claim) => c.low,
        y2: (c: Claim) => Math.max(c.high, c.low + yTop * 0.012),
        stroke: "color",
        strokeWidth: 8,
        title: "title",
      }),
      // Two statements at about the same date would print their labels on top of each other: the lower one's
      // label goes below it instead of above.
      ...(["above", "below"] as const).map((side) =>
        Plot.text(
          claims.filter((c) => (labelBelow(c, claims) ? "below" : "above") === side),
          {
            x: "x",
            y: side === "above" ? "high" : "low",
            text: "label",
            dy: side === "above" ? -10 : 14,
            fill: "var(--color-ink)",
            fontSize: narrow ? 11 : 12,
            fontWeight: 600,
          },
        ),
      ),
    ],
  };
}
