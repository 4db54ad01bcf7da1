/** The council page's reported figures and testimony beside DfE's official values ("reported-vs-official"). */
import { countInForce } from "../../lib/domain/counts.ts";
import { dp1 } from "../../lib/domain/format.ts";
import { measureAxisLabel } from "../../lib/domain/measures.ts";
import { CASELOAD, pagePath } from "../council.ts";
import type { ChartSpec } from "../../lib/chart/types.ts";
import type { Council } from "../../lib/data/councils.ts";
import { reportedFor, testimonyFor, getSource } from "../../lib/data/reported.ts";
import { seriesFor } from "../../lib/data/workforce.ts";
import { DFE_SOURCE, newsSources } from "../../lib/chart/sources.ts";
import { reportedVsOfficial, type ReportedRow } from "./plot.ts";

/** Reported figures and testimony against the official value. */
export function reported(c: Council): ChartSpec | null {
  const figures = reportedFor(c.slug);
  const testimony = testimonyFor(c.slug);
  const rows: ReportedRow[] = [];
  const table: Record<string, string | number | null>[] = [];
  for (const f of figures) {
    if (f.measure === "other" || f.measure === "starters" || f.valueLow === null || f.valueHigh === null) continue;
    const off = typeof f.officialBefore.year === "number" ? f.officialBefore : null;
    const year = f.comparedYear ?? (typeof off?.year === "number" ? off.year : null);
    const offValue = year !== null ? (seriesFor(c.slug, f.measure).find((p) => p.year === year)?.value ?? null) : null;
    const label = `${measureAxisLabel(f.measure)}, ${f.statedDate.slice(0, 4)}: ${f.statedBy}${rows.some((r) => r.label.startsWith(`${measureAxisLabel(f.measure)}, ${f.statedDate.slice(0, 4)}: ${f.statedBy}`)) ? ` (${String(rows.length + 1)})` : ""}`;
    rows.push({
      label,
      measure: measureAxisLabel(f.measure),
      low: f.valueLow,
      high: f.valueHigh,
      official: offValue,
      officialYear: year,
      kind: "reported",
      verdict: f.verdict,
    });
    table.push({
      statement: `“${f.words}”`,
      stated_by: f.statedBy,
      stated_date: f.statedDate,
      measure: f.measure,
      value_low: f.valueLow,
      value_high: f.valueHigh,
      official_year: year,
      official: offValue,
      verdict: f.verdict,
      reported_in: getSource(f.sourceId)?.title ?? f.sourceId,
    });
  }
  for (const t of testimony) {
    if (t.caseloadLow === null || t.caseloadHigh === null) continue;
    // The dating rule: the last 30 September count on or before the comment.
    const year = countInForce(t.date);
    const off = seriesFor(c.slug, CASELOAD).find((p) => p.year === year)?.value ?? null;
    rows.push({
      label: `Caseload, ${t.date.slice(0, 4)}: ${t.name} (practitioner)`,
      measure: "Caseload",
      low: t.caseloadLow,
      high: t.caseloadHigh,
      official: off,
      officialYear: year,
      kind: "testimony",
      verdict: "a practitioner's own caseload, not a council average",
    });
    table.push({
      statement: `“${t.quote}”`,
      stated_by: t.name,
      stated_date: t.date,
      measure: "caseload_fte",
      value_low: t.caseloadLow,
      value_high: t.caseloadHigh,
      official_year: year,
      official: off,
      verdict: "a practitioner's own caseload, not a council average",
      reported_in: getSource(t.sourceId)?.title ?? t.sourceId,
    });
  }
  if (rows.length === 0) return null;
  const matches = rows.filter((r) => r.verdict.startsWith("matches")).length;
  const measures = [...new Set(rows.map((r) => r.measure))];
  const description =
    `${String(rows.length)} figure${rows.length === 1 ? "" : "s"} about ${c.name} reported in the news or by practitioners, each beside DfE's official figure at the 30 September count it is checked against. ` +
    rows
      .map(
        (r) =>
          `${r.label}: ${r.low === r.high ? String(r.low) : `${String(r.low)} to ${String(r.high)}`}${r.official !== null ? ` against an official ${dp1(r.official)} (${String(r.officialYear)})` : ""}; ${r.verdict}.`,
      )
      .join(" ") +
    (matches === rows.length ? " All match the official figures." : "");
  return {
    chart: "reported-vs-official",
    scope: c.slug,
    title: `What was reported about ${c.name}, beside the official figures`,
    subtitle:
      "Each reported figure (a dot, with a bar for a range) beside DfE's official value at the count it is checked against (diamond); caseloads and rates in separate panels",
    description,
    notes: [
      "Caseloads (cases per social worker) and rates (per cent) are drawn in separate panels, each on its own scale from zero.",
      "A council-wide average is not an individual's or a team's caseload; verdicts say where a figure cannot be checked.",
      "A reported figure is set beside the count its check used (the nearer of the counts either side of the statement), or, where it cannot be checked, the last 30 September count on or before the statement; a practitioner's comment beside the last count on or before the comment.",
    ],
    sources: [DFE_SOURCE, ...newsSources([...figures.map((f) => f.sourceId), ...testimony.map((t) => t.sourceId)])],
    columns: [
      { key: "statement", label: "Statement", format: "text" },
      { key: "stated_by", label: "Stated by", format: "text" },
      { key: "stated_date", label: "Date", format: "date" },
      { key: "measure", label: "Measure", format: "text" },
      { key: "value_low", label: "Low", format: "dp1" },
      { key: "value_high", label: "High", format: "dp1" },
      { key: "official_year", label: "Official year", format: "text" },
      { key: "official", label: "Official", format: "dp1" },
      { key: "verdict", label: "Verdict", format: "text" },
      { key: "reported_in", label: "Reported in", format: "text" },
    ],
    rows: table,
    plot: (width) => reportedVsOfficial(rows, { width, measures }),
    key: [
      ...(rows.some((r) => r.kind === "reported")
        ? [{ label: "Reported figure or range", color: "var(--color-reported)", shape: "dot" as const }]
        : []),
      ...(rows.some((r) => r.kind === "testimony")
        ? [{ label: "Practitioner's own caseload", color: "var(--color-testimony)", shape: "dot" as const }]
        : []),
      ...(rows.some((r) => r.official !== null)
        ? [{ label: "Official DfE figure", color: "var(--color-council)", shape: "diamond" as const }]
        : []),
    ],
    page: pagePath(c),
  };
}
