/**
 * Chart specs "reality-trend/<council>" and "reality-trend/england": the official caseload (cases ÷ case-holding
 * FTE) beside children in need ÷ case-holding FTE, each year, for the council and England.
 */
import type { ChartSpec, KeyItem } from "../../lib/chart/types.ts";
import { allCouncils, getCouncil } from "../../lib/data/councils.ts";
import { contextEngland, contextFor, type ContextRow } from "../../lib/data/context.ts";
import { dp1 } from "../../lib/domain/format.ts";
import { CIN_SOURCE, PAIRING_NOTE } from "../realityCheck/sources.ts";
import { DFE_SOURCE } from "../../lib/chart/sources.ts";
import { EXPLAINER_PATH } from "../realityCheck/spec.ts";
import { realityTrend, type TrendRow } from "./plot.ts";

const rowsOf = (name: string, role: TrendRow["role"], rows: readonly ContextRow[]): TrendRow[] =>
  rows.flatMap((r) => [
    {
      series: `${name}: official caseload`,
      role,
      measure: "caseload" as const,
      year: r.year,
      ...r.values.caseload_fte,
      joint: r.joint,
    },
    {
      series: `${name}: children in need`,
      role,
      measure: "need" as const,
      year: r.year,
      ...r.values.cin_per_case_holder_fte,
      joint: r.joint,
    },
  ]);

const show = (r: TrendRow | undefined): string => (r?.value == null ? `no figure (${r?.status ?? "x"})` : dp1(r.value));

/** One sentence per line: first and last year. */
export function describeTrend(rows: readonly TrendRow[]): string {
  const series = [...new Set(rows.map((r) => r.series))];
  return series
    .map((s) => {
      const pts = rows.filter((r) => r.series === s);
      const a = pts[0];
      const b = pts.at(-1);
      return `${s.replace(": children in need", ": children in need per case-holding FTE")} ${show(a)} in ${String(a?.year ?? "")}, ${show(b)} in ${String(b?.year ?? "")}.`;
    })
    .join(" ");
}

function key(name: string, council: boolean): KeyItem[] {
  const items = (who: string, color: string): KeyItem[] => [
    { label: `${who}: official caseload`, color, shape: "line" },
    { label: `${who}: children in need per case-holding FTE`, color, shape: "dash" },
  ];
  return [...(council ? items(name, "var(--color-council)") : []), ...items("England", "var(--color-england)")];
}

function spec(scope: string, name: string, own: readonly ContextRow[]): ChartSpec {
  const council = scope !== "england";
  const rows = [...(council ? rowsOf(name, "council", own) : []), ...rowsOf("England", "england", contextEngland())];
  const years = rows.map((r) => r.year);
  const joint = own.find((r) => r.joint);
  return {
    chart: "reality-trend",
    scope,
    title: `${name}: children in need per case-holding social worker, beside the official caseload`,
    subtitle: "Per case-holding FTE, agency included. Children in need at 31 March; workforce at 30 September.",
    description: describeTrend(rows),
    notes: [
      PAIRING_NOTE,
      "Both lines share one denominator, the FTE holding cases. The official caseload counts cases held on census day; the dashed line counts children in need six months earlier, whether or not they had a named social worker.",
      ...(joint
        ? [
            `${joint.laName} make one joint workforce return; their counts of children are summed; those points are drawn hollow.`,
          ]
        : []),
    ],
    sources: [DFE_SOURCE, CIN_SOURCE],
    columns: [
      { key: "series", label: "Series", format: "text" },
      { key: "year", label: "Year", format: "text" },
      { key: "value", label: "Per case-holding FTE", format: "dp1" },
      { key: "status", label: "DfE symbol", format: "text" },
    ],
    rows: rows.map((r) => ({ series: r.series, year: r.year, value: r.value, status: r.status })),
    plot: (width) => realityTrend(rows, { width, years: [Math.min(...years), Math.max(...years)] }),
    key: key(name, council),
    page: council ? `/councils/${scope}/` : EXPLAINER_PATH,
    linkedOnly: council,
  };
}

/** England and every council with context rows. */
export function realityTrendCharts(): ChartSpec[] {
  const councils = allCouncils().flatMap((c) => {
    const own = contextFor(c.slug);
    return own.length > 0 ? [spec(c.slug, getCouncil(c.slug)?.name ?? c.slug, own)] : [];
  });
  return [spec("england", "England", contextEngland()), ...councils];
}
