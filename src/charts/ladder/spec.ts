/** Home chart 2: practitioners' and reported caseloads against the official spread ("practitioners-vs-official"). */
import type { Cell, ChartSpec } from "../../lib/chart/types.ts";
import { dp1, round1 } from "../../lib/domain/format.ts";
import { type ReportedFigure } from "../../lib/data/reported.ts";
import {
  councilYears,
  englandByYear,
  highestEver,
  practitionerRanges,
  reportedCaseloads,
} from "../../story/findings.ts";
import { count, englandTrend, practitionerFacts, times } from "../../story/statements.ts";
import { DFE_SOURCE, newsSources } from "../../lib/chart/sources.ts";
import { CASELOAD_NOTE, range, short, span } from "../storyText.ts";
import { rangeLadder, type LadderRow } from "./plot.ts";
import type { DistBin } from "../distribution/plot.ts";

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
  return `${who}, ${what}, ${short(f.statedDate)}: ${span(f.valueLow ?? 0, f.valueHigh ?? 0)}`;
}

/** Home chart 2: reported figures and practitioners' ranges on the axis of every official figure. */
export function practitionersVsOfficial(): ChartSpec {
  const all = councilYears();
  const top = highestEver();
  const t = englandTrend();
  const f = practitionerFacts();
  const englandValues = [...englandByYear().values()];
  const lowE = Math.min(...englandValues);
  const highE = Math.max(...englandValues);
  const byBin = new Map<number, number>();
  for (const c of all) {
    const b = Math.floor(round1(c.value) + 1e-9);
    byBin.set(b, (byBin.get(b) ?? 0) + 1);
  }
  const hist: DistBin[] = [...byBin.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([b, n]) => ({
      from: b,
      to: b + 1,
      count: n,
      title: `${count(n)} official council ${n === 1 ? "figure" : "figures"} at ${range(b, b + 1)}`,
    }));
  const reported = reportedCaseloads();
  const testimony = practitionerRanges();
  const rows: LadderRow[] = [
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
  const xMax = Math.max(50, ...rows.map((r) => Math.ceil(r.high / 5) * 5 + 2));
  const table: Record<string, Cell>[] = [
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
      label: `${p.testimony.name}, ${p.testimony.date}`,
      caseload_from: p.low,
      caseload_to: p.high,
      figures: null,
      note: p.testimony.interpretation,
    })),
  ];
  const above = f && f.atOrAbove === 0;
  const sourceIds = [...new Set([...reported.map((r) => r.sourceId), ...testimony.map((p) => p.testimony.sourceId)])];
  return {
    chart: "practitioners-vs-official",
    scope: "england",
    title: f
      ? above
        ? `The caseloads practitioners describe, from ${String(f.low)}, lie beyond every official council figure`
        : `Few official council figures reach the caseloads practitioners describe`
      : "Reported caseloads beside every official council figure",
    subtitle: `Cases per social worker. Top: all ${count(all.length)} official council averages, ${String(t.first)}–${String(t.last)}. Below: figures reported in the news and ranges readers gave.`,
    description: `${count(all.length)} official council averages from ${String(t.first)} to ${String(t.last)} run from ${dp1(Math.min(...all.map((c) => c.value)))} to ${dp1(top.value)} (${top.name}, ${String(top.year)}); England's average ranged from ${dp1(lowE)} to ${dp1(highE)}. ${rows.map((r) => r.label).join(". ")}.${f ? ` The lowest practitioner figure, ${String(f.low)}, is ${times(f.ratio)} England's ${dp1(f.england)} at 30 September ${String(f.countYear)}.` : ""}`,
    notes: [
      CASELOAD_NOTE,
      "Practitioners' ranges are reader comments under news articles: unverified, kept as published, and about a team's or their own caseload, not a council average. The commenters did not name their employer.",
      "A reported range is how the words were read (“mid 20s” as 24–26, “low twenties” as 20–23); dates not printed in the articles were worked out from their text.",
      `The shaded band is the range of England's average over ${String(t.first)}–${String(t.last)}.`,
    ],
    sources: [DFE_SOURCE, ...newsSources(sourceIds)],
    columns: [
      { key: "kind", label: "What", format: "text" },
      { key: "label", label: "Who and when", format: "text" },
      { key: "caseload_from", label: "From", format: "dp1" },
      { key: "caseload_to", label: "To", format: "dp1" },
      { key: "figures", label: "Official figures", format: "int" },
      { key: "note", label: "Verdict or reading", format: "text" },
    ],
    rows: table,
    plot: (width) =>
      rangeLadder(hist, rows, {
        width,
        xLabel: "Cases per social worker",
        xMax,
        histogramLabel: `Official council averages, ${String(t.first)}–${String(t.last)}`,
        band: {
          from: lowE,
          to: highE,
          title: `England's average, ${String(t.first)}–${String(t.last)}: ${dp1(lowE)} to ${dp1(highE)}`,
        },
        rules: [
          {
            value: top.value,
            label: `Highest: ${dp1(top.value)}`,
            title: `Highest official council figure: ${top.name}, ${String(top.year)}, ${dp1(top.value)}`,
          },
        ],
      }),
    key: [
      { label: "Official council figures (height: how many)", color: "var(--color-comparator)", shape: "bar" },
      { label: "England's range", color: "color-mix(in srgb, var(--color-england) 30%, transparent)", shape: "bar" },
      { label: "Reported figure", color: "var(--color-reported)", shape: "dot" },
      { label: "Target", color: "var(--color-flag)", shape: "dot" },
      { label: "Practitioner's range", color: "var(--color-testimony)", shape: "line" },
    ],
    page: "/",
    headline: f
      ? {
          value: `${String(f.low)}+`,
          label: `Lowest caseload practitioners describe; the highest official council figure is ${dp1(top.value)}`,
        }
      : { value: dp1(top.value), label: "Highest official council caseload, any year" },
  };
}
