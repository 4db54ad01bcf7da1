/**
 * The home page's lead chart: England's latest official average, the 2021 distribution of cases per FTE and the
 * caseloads practitioners described, on one scale, saying how many practitioners' figures there are and when.
 */
import type { ChartSpec } from "../../lib/chart/types.ts";
import { distribution2021, practitionerFigures, shareAtOrAbove } from "../../lib/data/distribution.ts";
import { englandSeries } from "../../lib/data/workforce.ts";
import { dp1 } from "../../lib/domain/format.ts";
import { figuresCount } from "../../story/statements.ts";
import { DFE_SOURCE, newsSources } from "../../lib/chart/sources.ts";
import { caseloadScale } from "../distribution2021/plot.ts";
import {
  GROUPS_SOURCE,
  SCALE_COLUMNS,
  averageRule,
  figuresSentence,
  oneIn,
  scaleBands,
  scaleNotes,
  scaleRanges,
  scaleRows,
} from "../distribution2021/spec.ts";

/** England's latest published average and its year. */
function latestEngland(): { year: number; value: number } {
  const last = englandSeries("caseload_fte")
    .filter((p) => p.value !== null)
    .at(-1);
  if (!last || last.value === null) throw new Error("no published England caseload");
  return { year: last.year, value: last.value };
}

/** The lead chart. */
export function caseloadScaleChart(): ChartSpec {
  const d = distribution2021();
  const figures = practitionerFigures();
  const now = latestEngland();
  const twenty = shareAtOrAbove(d, 20);
  const rules = [
    {
      value: now.value,
      label: `Official average, ${String(now.year)}: ${dp1(now.value)}`,
      title: `England's official average caseload at 30 September ${String(now.year)}: ${dp1(now.value)}`,
      color: "var(--color-council)",
      dashed: false,
    },
    averageRule(d),
  ];
  return {
    chart: "caseload-scale",
    scope: "england",
    title: `The official average is ${dp1(now.value)}; in 2021, ${oneIn(twenty)} case holders held 20 or more per FTE`,
    subtitle: `Cases per social worker (FTE): England's average (${String(now.year)}), DfE's 2021 distribution, and ${figuresCount(figures.map((f) => f.year))}.`,
    description:
      `England's official average caseload was ${dp1(now.value)} at 30 September ${String(now.year)}. It is an average over every case-holding social worker. DfE's only distribution of individual caseloads, for 30 September 2021 when the average was ${dp1(d.average.caseloadFte)}, shows ${dp1(twenty)}% of case holders with 20 or more cases per FTE and ${dp1(d.groups.at(-1)?.proportion ?? 0)}% with 25 to 50 (derived). ${figuresSentence(figures, d.groups.at(-1)?.from ?? 25)}`.trim(),
    notes: scaleNotes(d, figures),
    sources: [DFE_SOURCE, GROUPS_SOURCE, ...newsSources(figures.map((f) => f.sourceId))],
    columns: SCALE_COLUMNS,
    rows: scaleRows(d, rules, figures),
    plot: (width) =>
      caseloadScale(scaleBands(d), {
        width,
        xLabel: "Cases per social worker (FTE)",
        xMax: 50,
        rules,
        ranges: scaleRanges(figures),
      }),
    page: "/",
    headline: { value: dp1(now.value), label: `England's official average caseload, ${String(now.year)}` },
  };
}
