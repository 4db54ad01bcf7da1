/** Home chart 2: practitioners' and reported caseloads against the official spread ("practitioners-vs-official"). */
import type { ChartSpec } from "../../lib/chart/types.ts";
import { dp1 } from "../../lib/domain/format.ts";
import { SMALL_FTE } from "../../lib/domain/small.ts";
import {
  councilYears,
  englandByYear,
  highestEver,
  practitionerRanges,
  reportedCaseloads,
} from "../../story/findings.ts";
import { count, englandTrend, figuresCount, practitionerFacts, times } from "../../story/statements.ts";
import { DFE_SOURCE, newsSources } from "../../lib/chart/sources.ts";
import { CASELOAD_NOTE } from "../storyText.ts";
import { rangeLadder } from "./plot.ts";
import { ladderRows, ladderTable, officialHistogram } from "./rows.ts";

/** Home chart 2: reported figures and practitioners' ranges on the axis of every official figure. */
export function practitionersVsOfficial(): ChartSpec {
  const all = councilYears();
  const top = highestEver();
  const t = englandTrend();
  const f = practitionerFacts();
  const englandValues = [...englandByYear().values()];
  const lowE = Math.min(...englandValues);
  const highE = Math.max(...englandValues);
  const hist = officialHistogram();
  const reported = reportedCaseloads();
  const testimony = practitionerRanges();
  const rows = ladderRows(reported, testimony);
  const xMax = Math.max(50, ...rows.map((r) => Math.ceil(r.high / 5) * 5 + 2));
  const above = f && f.atOrAbove === 0;
  const howMany = figuresCount(testimony.map((p) => Number(p.testimony.date.slice(0, 4))));
  const sourceIds = [...new Set([...reported.map((r) => r.sourceId), ...testimony.map((p) => p.testimony.sourceId)])];
  return {
    chart: "practitioners-vs-official",
    scope: "england",
    title: f
      ? above
        ? `${howMany.charAt(0).toUpperCase()}${howMany.slice(1)}: from ${String(f.low)} up, beyond every official council figure`
        : `Few official council figures reach the caseloads practitioners describe`
      : "Reported caseloads beside every official council figure",
    subtitle: `Cases per social worker. Top: all ${count(all.length)} official council averages, ${String(t.first)}–${String(t.last)}. Below: figures reported in the news and ranges readers gave.`,
    description: `${count(all.length)} official council averages from ${String(t.first)} to ${String(t.last)} run from ${dp1(Math.min(...all.filter((c) => !c.small).map((c) => c.value)))} to ${dp1(top.value)} (${top.name}, ${String(top.year)}), leaving out the ${count(all.filter((c) => c.small).length)} figures of councils with fewer than ${String(SMALL_FTE)} case-holding social workers (FTE); England's average ranged from ${dp1(lowE)} to ${dp1(highE)}. ${rows.map((r) => r.label).join(". ")}.${f ? ` The lowest practitioner figure, ${String(f.low)}, is ${times(f.ratio)} England's ${dp1(f.england)} at 30 September ${String(f.countYear)}.` : ""}`,
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
    rows: ladderTable(hist, reported, testimony),
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
