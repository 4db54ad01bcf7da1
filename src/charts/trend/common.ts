/**
 * What the three caseload-trend views share: the council's own rows (with predecessors, flags and notes), the
 * inspection marks, the table and the notes on inspections.
 */
import { CASELOAD } from "../council.ts";
import type { ChartColumn, ChartSource } from "../../lib/chart/types.ts";
import { getCouncil, type Council } from "../../lib/data/councils.ts";
import type { Inspection } from "../../lib/data/inspections.ts";
import { seriesFor, type SeriesPoint } from "../../lib/data/workforce.ts";
import { flagText, jointWith } from "../../lib/council/model.ts";
import { gradeColor } from "../../lib/domain/grades.ts";
import { GRADE_SHORT_NOTE, gradeShort } from "../gradeText.ts";
import { longDate, listJoin } from "../../lib/domain/format.ts";
import { DFE_SOURCE, OFSTED_SOURCE, D2I_SOURCE } from "../../lib/chart/sources.ts";
import type { BandRow, InspectionMark, TrendRow } from "./plot.ts";

/** Inspection marks on the time axis. */
export function inspectionMarks(list: readonly Inspection[]): InspectionMark[] {
  return list.map((i) => ({
    date: i.publicationDate,
    letter: `${gradeShort(i.overall)}${i.source === "unofficial" ? "*" : ""}`,
    color: gradeColor(i.overall),
    label: `Ofsted ${i.type}, published ${longDate(i.publicationDate)}: ${i.overall}${i.source === "unofficial" ? " (unofficial)" : ""}`,
  }));
}

export const trendRows = (name: string, role: TrendRow["role"], pts: readonly SeriesPoint[]): TrendRow[] =>
  pts.map((p) => ({ series: name, role, year: p.year, value: p.value, status: p.status, joint: p.joint }));

/** The council's own series and its predecessors' (dashed, each labelled with its years). */
/**
 * The council page states a joint return in full once (the first trend chart); later charts say it in a phrase, so
 * the same sentence is not read three times over.
 */
export const briefJointNote = (notes: readonly string[]): string[] =>
  notes.map((n) =>
    n.startsWith("Joint return:")
      ? `Hollow points: ${n.replace(/^Joint return: DfE publishes /, "").replace(/; those points are drawn hollow\.$/, ".")}`
      : n,
  );

export function ownRows(c: Council): { rows: TrendRow[]; notes: string[]; flags: Map<string, string> } {
  const own = seriesFor(c.slug, CASELOAD);
  const rows = trendRows(c.name, "council", own);
  const notes: string[] = [];
  const flags = new Map<string, string>();
  for (const p of own) {
    const f = flagText(p, c.slug);
    if (f) flags.set(`${c.name}|${String(p.year)}`, f);
  }
  for (const pred of c.predecessors) {
    const pc = getCouncil(pred);
    if (!pc) continue;
    const pts = seriesFor(pred, CASELOAD);
    if (pts.length === 0) continue;
    const last = pts.at(-1)?.year ?? 0;
    const label = `${pc.name} (to ${String(last)})`;
    rows.push(...trendRows(label, "predecessor", pts));
    for (const p of pts) {
      const f = flagText(p, pred);
      if (f) flags.set(`${label}|${String(p.year)}`, f);
    }
  }
  const joint = own.filter((p) => p.joint);
  if (joint.length > 0) {
    const years = joint.map((p) => p.year);
    notes.push(
      `Joint return: DfE publishes one figure for ${jointWith(joint[0]?.la_name ?? "", c.slug)} and ${c.name} together ${
        years.length === own.length ? "in every year" : `from ${String(years[0])}`
      }; those points are drawn hollow.`,
    );
  }
  const gaps = own.filter((p) => p.value === null);
  for (const g of gaps) {
    notes.push(
      `${String(g.year)}: no figure published (${flagText(g, c.slug)}); the symbol is printed at the foot of the chart.`,
    );
  }
  if (c.predecessors.length > 0) {
    const preds = c.predecessors.map((p) => getCouncil(p)?.name ?? p);
    notes.push(
      `${c.name} was created on ${c.validFrom ? longDate(c.validFrom) : "its vesting day"}. Before that, figures are for ${listJoin(preds)}, drawn dashed: ${preds.length > 1 ? "they cover" : "it covered"} a different area, so the lines do not join.`,
    );
  }
  return { rows, notes, flags };
}

export const TREND_COLUMNS: readonly ChartColumn[] = [
  { key: "series", label: "Series", format: "text" },
  { key: "time_period", label: "Year (30 Sept) or date", format: "date" },
  { key: "caseload_fte", label: "Average caseload", format: "dp1" },
  { key: "low", label: "Lower quartile", format: "dp1" },
  { key: "high", label: "Upper quartile", format: "dp1" },
  { key: "note", label: "Note", format: "text" },
];

export function trendTable(
  rows: readonly TrendRow[],
  flags: Map<string, string>,
  band: readonly BandRow[],
  bandLabel: string,
  marks: readonly InspectionMark[],
  list: readonly Inspection[],
): Record<string, string | number | null>[] {
  return [
    ...rows.map((r) => ({
      series: r.series,
      time_period: r.year,
      caseload_fte: r.value,
      low: null,
      high: null,
      note: flags.get(`${r.series}|${String(r.year)}`) ?? "",
    })),
    ...band.map((b) => ({
      series: `${bandLabel}: median`,
      time_period: b.year,
      caseload_fte: b.median,
      low: b.low,
      high: b.high,
      note: `${String(b.n)} councils`,
    })),
    ...marks.map((m, i) => ({
      series: `Ofsted ${list[i]?.type ?? "inspection"}`,
      time_period: m.date,
      caseload_fte: null,
      low: null,
      high: null,
      note: `${list[i]?.overall ?? ""}${list[i]?.source === "unofficial" ? " (unofficial)" : ""}`,
    })),
  ];
}

export function inspectionNotes(list: readonly Inspection[]): string[] {
  const notes: string[] = [];
  if (list.length > 0) {
    notes.push(`Each Ofsted inspection is marked at its publication date with its overall grade: ${GRADE_SHORT_NOTE}.`);
  }
  const early = list.filter((i) => i.publicationDate < "2016-06-01");
  const lastEarly = early.at(-1);
  if (lastEarly) {
    notes.push(
      `Before the period shown: ${lastEarly.overall} (${lastEarly.type}, published ${longDate(lastEarly.publicationDate)}).`,
    );
  }
  if (list.some((i) => i.source === "unofficial")) {
    notes.push(
      "* Unofficial grade: taken from Data to Insight's scrape of the Ofsted report, published after Ofsted's latest official statistics (31 March 2025).",
    );
  }
  return notes;
}

/** DfE and Ofsted, and Data to Insight where an unofficial grade is drawn. */
export const trendSources = (list: readonly Inspection[]): ChartSource[] => [
  DFE_SOURCE,
  OFSTED_SOURCE,
  ...(list.some((i) => i.source === "unofficial") ? [D2I_SOURCE] : []),
];
