/** Home chart 3: caseloads at inspection, by the grade Ofsted gave ("caseload-by-grade"). */
import type { Cell, ChartSpec } from "../../lib/chart/types.ts";
import { dp1, round1, round2 } from "../../lib/domain/format.ts";
import { gradeColor } from "../../lib/domain/grades.ts";
import { gradeDistributions, inspectionMatching } from "../../story/findings.ts";
import { count } from "../../story/statements.ts";
import { DFE_SOURCE, OFSTED_SOURCE } from "../../lib/chart/sources.ts";
import { range } from "../storyText.ts";
import { binnedDistribution, type DistGroup } from "./plot.ts";

/** Home chart 3: caseload at the count before each inspection, by grade. */
export function caseloadByGrade(): ChartSpec {
  const grades = gradeDistributions();
  const m = inspectionMatching();
  const groups: DistGroup[] = grades.map((g) => ({
    label: g.grade === "Requires improvement" ? "Requires\nimprovement" : g.grade,
    color: gradeColor(g.grade),
    median: g.summary.median,
    medianTitle: `${g.grade}: median ${dp1(g.summary.median)} (${count(g.summary.n)} inspections)`,
    bins: g.bins.map((b) => ({
      from: b.from,
      to: b.to,
      count: b.items.length,
      title: `${g.grade}: ${count(b.items.length)} of ${count(g.summary.n)} at ${range(b.from, b.to)}${b.items.length <= 3 ? ` (${b.items.map((i) => `${i.council} ${i.inspection.inspectionDate?.slice(0, 4) ?? ""}`).join("; ")})` : ""}`,
    })),
  }));
  const rows: Record<string, Cell>[] = grades.flatMap((g) => [
    ...g.bins.map((b) => ({
      grade: g.grade,
      series: "Band",
      caseload_from: b.from,
      caseload_to: round1(b.to - 0.1),
      inspections: b.items.length,
      share: round1((b.items.length / g.summary.n) * 100),
      caseload_fte: null,
    })),
    {
      grade: g.grade,
      series: "Median",
      caseload_from: null,
      caseload_to: null,
      inspections: g.summary.n,
      share: 100,
      caseload_fte: round2(g.summary.median),
    },
  ]);
  const best = grades[0];
  const worst = grades.at(-1);
  const yMax = Math.ceil(Math.max(...grades.map((g) => g.summary.max)) + 1);
  return {
    chart: "caseload-by-grade",
    scope: "england",
    title:
      best && worst && best.summary.median < worst.summary.median
        ? `Councils rated ${best.grade.toLowerCase()} had lower caseloads beforehand, but every grade spans a wide range`
        : "Caseloads before an inspection vary widely within every grade",
    subtitle: `Council's average caseload at the last 30 September count on or before each inspection, by Ofsted's overall grade. ${count(m.matched.length)} inspections, ${grades.map((g) => `${g.grade.toLowerCase()} ${String(g.summary.n)}`).join(", ")}. Bar width: share of the grade's inspections in each 1-case band.`,
    description: `${count(m.matched.length)} Ofsted inspections matched to the council's caseload at the last count on or before the day the inspection began. ${grades
      .map(
        (g) =>
          `${g.grade}: ${String(g.summary.n)} inspections, median ${dp1(g.summary.median)}, middle half ${dp1(g.summary.q1)} to ${dp1(g.summary.q3)}, range ${dp1(g.summary.min)} to ${dp1(g.summary.max)}`,
      )
      .join(". ")}.`,
    notes: [
      "Each inspection is matched to the council's caseload at the last 30 September workforce count on or before the inspection's start date (an inspection starting in July 2021 is matched to 30 September 2020; one starting on 30 September 2024, to that day's count).",
      `Left out: ${count(m.noInspectionDate)} SIF inspections, for which Ofsted's table gives only a publication date; ${count(m.beforeSeries)} inspections before the first count (30 September 2017); ${count(m.noValue)} where DfE published no caseload for the council that year; and ${count(m.unofficial)} published after 31 March 2025, known only from an unofficial scrape of Ofsted reports.`,
      "Widths are shares within each grade, so grades with few inspections can be compared with grades with many. The solid rule is the median. A council inspected more than once appears once per inspection.",
      "This shows association, not cause: grades reflect far more than caseloads.",
    ],
    sources: [DFE_SOURCE, OFSTED_SOURCE],
    columns: [
      { key: "grade", label: "Ofsted grade", format: "text" },
      { key: "series", label: "What", format: "text" },
      { key: "caseload_from", label: "Band from", format: "dp1" },
      { key: "caseload_to", label: "Band to", format: "dp1" },
      { key: "inspections", label: "Inspections", format: "int" },
      { key: "share", label: "Share of grade", format: "percent" },
      { key: "caseload_fte", label: "Median caseload", format: "dp1" },
    ],
    rows,
    plot: (width) => binnedDistribution(groups, { width, yLabel: "Cases per social worker", scale: "group", yMax }),
    key: [
      ...grades.map((g) => ({ label: g.grade, color: gradeColor(g.grade), shape: "bar" as const })),
      { label: "Median", color: "var(--color-ink)", shape: "line" as const },
    ],
    page: "/",
    ...(best && worst
      ? {
          headline: {
            value: `${dp1(best.summary.median)} v ${dp1(worst.summary.median)}`,
            label: `Median caseload before an inspection: ${best.grade.toLowerCase()} v ${worst.grade.toLowerCase()}`,
          },
        }
      : {}),
  };
}
