/** The rows of the range ladder: the official histogram, the reported figures and practitioners' ranges, and the table. */
import type { Cell } from "../../lib/chart/types.ts";
import { getSource, type ReportedFigure } from "../../lib/data/reported.ts";
import { longDate, round1 } from "../../lib/domain/format.ts";
import { councilYears, type PractitionerRange } from "../../story/findings.ts";
import { count } from "../../story/statements.ts";
import { range, short, span } from "../storyText.ts";
import type { DistBin } from "../distribution/plot.ts";
import type { LadderRow } from "./plot.ts";

/** What a reported figure is called on a chart row. */
function reportedLabel(f: ReportedFigure): string {
  const who = f.councilName ?? "No council named";
  const what =
    f.scope === "target"
      ? "target"
      : f.statedBy === "other"
        ? "reader"
        : f.statedBy === "article"
          ? "news report"
          : f.statedBy;
  // The source's own date and the date the figure describes are labelled apart when they differ (Walsall: a
  // December 2021 report of September 2018's figure).
  const published = getSource(f.sourceId)?.date ?? "";
  const when =
    published === "" || short(published) === short(f.statedDate)
      ? `, ${short(f.statedDate)}`
      : `: ${short(f.statedDate)} figure, published ${short(published)}`;
  return `${who}, ${what}${when}: ${span(f.valueLow ?? 0, f.valueHigh ?? 0)}`;
}

/** Every official council figure, any year, in 1-case bins. */
export function officialHistogram(): DistBin[] {
  const byBin = new Map<number, number>();
  for (const c of councilYears()) {
    const b = Math.floor(round1(c.value) + 1e-9);
    byBin.set(b, (byBin.get(b) ?? 0) + 1);
  }
  return [...byBin.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([b, n]) => ({
      from: b,
      to: b + 1,
      count: n,
      title: `${count(n)} official council ${n === 1 ? "figure" : "figures"} at ${range(b, b + 1)}`,
    }));
}

/** One row per reported figure, then one per practitioner's range. */
export function ladderRows(reported: readonly ReportedFigure[], testimony: readonly PractitionerRange[]): LadderRow[] {
  return [
    ...reported.map((r): LadderRow => ({
      label: reportedLabel(r),
      low: r.valueLow ?? 0,
      high: r.valueHigh ?? r.valueLow ?? 0,
      color: r.scope === "target" ? "var(--color-flag)" : "var(--color-reported)",
      style: "line",
      title: `${r.councilName ?? "No council named"}: “${r.words}” (${r.interpretation}). Verdict: ${r.verdict}.`,
    })),
    ...testimony.map((p): LadderRow => ({
      label: `${p.testimony.name}, reader comment, ${short(p.testimony.date)}: ${span(p.low, p.high)}`,
      low: p.low,
      high: p.high,
      color: "var(--color-testimony)",
      style: "bar",
      title: `${p.testimony.name}: “${p.testimony.quote}” (${p.testimony.interpretation})`,
    })),
  ];
}

/** The data table: the histogram's bins, the reported figures and the practitioners' ranges. */
export function ladderTable(
  hist: readonly DistBin[],
  reported: readonly ReportedFigure[],
  testimony: readonly PractitionerRange[],
): Record<string, Cell>[] {
  return [
    ...hist.map((b) => ({
      kind: "Official council figures, all years",
      label: null,
      caseload_from: b.from,
      caseload_to: b.to - 0.1,
      figures: b.count,
      note: null,
    })),
    ...reported.map((r) => ({
      kind: r.scope === "target" ? "Target" : "Reported figure",
      label: reportedLabel(r),
      caseload_from: r.valueLow,
      caseload_to: r.valueHigh,
      figures: null,
      note: r.verdict,
    })),
    ...testimony.map((p) => ({
      kind: "Practitioner's range",
      label: `${p.testimony.name}, ${longDate(p.testimony.date)}`,
      caseload_from: p.low,
      caseload_to: p.high,
      figures: null,
      note: p.testimony.interpretation,
    })),
  ];
}
