/**
 * Chart spec "fte-split/england": how much of England's children and family social worker FTE holds cases, and so
 * is counted in the official caseload's denominator, each year at 30 September.
 */
import type { ChartSpec } from "../../lib/chart/types.ts";
import { contextEngland } from "../../lib/data/context.ts";
import { pct } from "../../lib/domain/format.ts";
import { DFE_SOURCE } from "../../lib/chart/sources.ts";
import { EXPLAINER_PATH } from "../realityCheck/spec.ts";
import { fteSplit, type SplitRow } from "./plot.ts";

/** England's yearly split; years without all three counts are left out (none so far). */
function englandSplit(): SplitRow[] {
  return contextEngland().flatMap((r) => {
    const { inpost_fte: inpost, agency_fte: agency, case_holders_fte: holding, case_holder_share: share } = r.values;
    if (inpost.value === null || agency.value === null || holding.value === null || share.value === null) return [];
    return [
      { year: r.year, holding: holding.value, other: inpost.value + agency.value - holding.value, share: share.value },
    ];
  });
}

/** The one fte-split chart. */
export function fteSplitCharts(): ChartSpec[] {
  const rows = englandSplit();
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return [];
  const fte = (n: number): string => Math.round(n).toLocaleString("en-GB");
  return [
    {
      chart: "fte-split",
      scope: "england",
      title: `${pct(last.share)} of children's social worker FTE held cases in England in ${String(last.year)}`,
      subtitle:
        "England, full-time equivalents at 30 September, employed and agency. Percentages: the share holding cases.",
      description: `In ${String(last.year)}, ${fte(last.holding)} of ${fte(last.holding + last.other)} social worker FTE in England held at least one case (${pct(last.share)}); the other ${fte(last.other)} did not, and are not in the official caseload's denominator. In ${String(first.year)} the share was ${pct(first.share)}. ${rows.map((r) => `${String(r.year)}: ${pct(r.share)}`).join("; ")}.`,
      notes: [
        "All social worker FTE = FTE employed (inpost_fte) plus FTE agency (agency_fte), as DfE counts children and family social workers. Social workers who hold no case at the census, many managers among them, are in the total but not among the case holders.",
        "DfE's 2025 England total includes Kensington and Chelsea and Westminster at their 2024 figures (no 2025 return after a cyberattack).",
      ],
      sources: [DFE_SOURCE],
      columns: [
        { key: "time_period", label: "Year (30 Sept)", format: "text" },
        { key: "case_holders_fte", label: "FTE holding cases", format: "int" },
        { key: "other_fte", label: "FTE not holding cases", format: "int" },
        { key: "case_holder_share", label: "Share holding cases (%)", format: "dp1" },
      ],
      rows: rows.map((r) => ({
        time_period: r.year,
        case_holders_fte: r.holding,
        other_fte: Number(r.other.toFixed(1)),
        case_holder_share: r.share,
      })),
      plot: (width) => fteSplit(rows, { width }),
      key: [
        { label: "Holding cases", color: "var(--color-council)", shape: "bar" },
        { label: "Not holding cases", color: "var(--color-rule)", shape: "bar" },
      ],
      page: EXPLAINER_PATH,
      headline: { value: pct(last.share), label: `of social worker FTE held cases in England, ${String(last.year)}` },
    },
  ];
}
