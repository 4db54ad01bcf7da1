/**
 * Chart specs of the council pages: for every council (current and former) the caseload trend in three
 * comparator views, the workforce rates, the Ofsted history and, where there are any, reported figures beside
 * the official ones. Plus the two maps of /map/.
 */
import type { ChartColumn, ChartSpec, KeyItem } from "../../lib/chart/types.ts";
import { allCouncils, getCouncil, type Council } from "../../lib/data/councils.ts";
import type { Inspection } from "../../lib/data/inspections.ts";
import { reportedFor, testimonyFor, getSource } from "../../lib/data/reported.ts";
import { englandSeries, regionSeries, seriesFor, type Measure, type SeriesPoint } from "../../lib/data/workforce.ts";
import { describeTrend, possessive, type DescribedSeries } from "../../lib/council/describe.ts";
import {
  flagText,
  gradeColor,
  gradeLetter,
  groupBand,
  inspections as inspectionsOf,
  jointWith,
  neighbours,
  regionName,
  sameGradeCouncils,
  seriesYears,
} from "../../lib/council/model.ts";
import { longDate, listJoin } from "../../lib/format.ts";
import { caseloadTrend, type BandRow, type InspectionMark, type TrendRow } from "../council/trend.ts";
import { workforceRates, type RateRow } from "../council/rates.ts";
import { ofstedGrid, type GradeCell } from "../council/ofsted.ts";
import { reportedVsOfficial, type ReportedRow } from "../council/reported.ts";
import { mapCharts } from "../../lib/council/mapSpecs.ts";
import { DFE_SOURCE, OFSTED_SOURCE, D2I_SOURCE, newsSources } from "./sources.ts";

const CASELOAD: Measure = "caseload_fte";
const pagePath = (c: Council): string => `/councils/${c.slug}/`;
const dp = (n: number): string => n.toFixed(1);

/** Inspection marks on the time axis. */
function inspectionMarks(list: readonly Inspection[]): InspectionMark[] {
  return list.map((i) => ({
    date: i.publicationDate,
    letter: `${gradeLetter(i.overall)}${i.source === "unofficial" ? "*" : ""}`,
    color: gradeColor(i.overall),
    label: `Ofsted ${i.type}, published ${longDate(i.publicationDate)}: ${i.overall}${i.source === "unofficial" ? " (unofficial)" : ""}`,
  }));
}

const trendRows = (name: string, role: TrendRow["role"], pts: readonly SeriesPoint[]): TrendRow[] =>
  pts.map((p) => ({ series: name, role, year: p.year, value: p.value, status: p.status, joint: p.joint }));

/** The council's own series and its predecessors' (dashed, each labelled with its years). */
function ownRows(c: Council): { rows: TrendRow[]; notes: string[]; flags: Map<string, string> } {
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

const TREND_COLUMNS: readonly ChartColumn[] = [
  { key: "series", label: "Series", format: "text" },
  { key: "time_period", label: "Year (30 Sept) or date", format: "text" },
  { key: "caseload_fte", label: "Average caseload", format: "dp1" },
  { key: "low", label: "Lower quartile", format: "dp1" },
  { key: "high", label: "Upper quartile", format: "dp1" },
  { key: "note", label: "Note", format: "text" },
];

function trendTable(
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

function inspectionNotes(list: readonly Inspection[]): string[] {
  const notes: string[] = [];
  if (list.length > 0) {
    notes.push(
      "Each Ofsted inspection is marked at its publication date with its overall grade: O Outstanding, G Good, RI Requires improvement, I Inadequate.",
    );
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

/** Caseload against England and the region (the default view). */
function trendEngland(c: Council, years: [number, number]): ChartSpec {
  const { rows, notes, flags } = ownRows(c);
  const eng = englandSeries(CASELOAD);
  const regName = regionName(c.dfeRegionCode);
  const reg = regionSeries(c.dfeRegionCode, CASELOAD);
  const all = [...rows, ...trendRows("England", "england", eng), ...trendRows(regName, "region", reg)];
  const list = inspectionsOf(c.slug);
  const marks = inspectionMarks(list);
  const own = seriesFor(c.slug, CASELOAD);
  const subject: DescribedSeries = { name: c.name, points: own };
  const england: DescribedSeries = { name: "England", points: eng };
  let description = describeTrend(subject, "average caseload", "cases", england);
  const lastOwn = [...own].reverse().find((p) => p.value !== null);
  const regAt = reg.find((p) => p.year === lastOwn?.year)?.value;
  if (lastOwn?.value != null && regAt != null) {
    description += ` The ${regName} average that year was ${dp(regAt)}.`;
  }
  const preds = c.predecessors.map((p) => getCouncil(p)).filter((x): x is Council => x !== undefined);
  for (const p of preds) {
    const s = seriesFor(p.slug, CASELOAD);
    if (s.length > 0) description += ` ${describeTrend({ name: p.name, points: s }, "average caseload", "cases")}`;
  }
  const key: KeyItem[] = [
    { label: c.name, color: "var(--color-council)", shape: "line" },
    ...(preds.length > 0
      ? [
          {
            label: `${listJoin(preds.map((p) => p.name))} (before ${c.validFrom?.slice(0, 4) ?? ""})`,
            color: "var(--color-council)",
            shape: "dash" as const,
          },
        ]
      : []),
    { label: "England", color: "var(--color-england)", shape: "line" },
    { label: regName, color: "var(--color-region)", shape: "line" },
    ...(marks.length > 0
      ? [{ label: "Ofsted inspection (grade letter)", color: "var(--color-ink-muted)", shape: "diamond" as const }]
      : []),
  ];
  const last = lastOwn;
  return {
    chart: "caseload-trend",
    scope: c.slug,
    title: own.some((p) => p.value !== null)
      ? `${possessive(c.name)} average caseload, ${String(years[0])}–${String(years[1])}`
      : `${c.name}: caseload`,
    subtitle: `Cases per case-holding children's social worker (FTE) at 30 September, against England and ${regName}`,
    description,
    notes: [...notes, ...inspectionNotes(list)],
    sources: [DFE_SOURCE, OFSTED_SOURCE, ...(list.some((i) => i.source === "unofficial") ? [D2I_SOURCE] : [])],
    columns: TREND_COLUMNS,
    rows: trendTable(all, flags, [], "", marks, list),
    plot: (width) => caseloadTrend(all, [], marks, { width, years }),
    key,
    page: pagePath(c),
    ...(last?.value != null
      ? { headline: { value: dp(last.value), label: `${possessive(c.name)} average caseload, ${String(last.year)}` } }
      : {}),
  };
}

/** Caseload against the statistical neighbours. */
function trendNeighbours(c: Council, years: [number, number]): ChartSpec {
  const { rows, notes, flags } = ownRows(c);
  const eng = englandSeries(CASELOAD);
  const nb = neighbours(c);
  const seen = new Set<string>();
  const nbRows: TrendRow[] = [];
  for (const n of nb) {
    const pts = seriesFor(n.slug, CASELOAD);
    const laName = pts.at(-1)?.la_name ?? n.name;
    // A joint return shared with this council or another neighbour is drawn once.
    if (pts.some((p) => p.joint) && (seen.has(laName) || pts.at(-1)?.la_name.includes(c.name))) continue;
    seen.add(laName);
    nbRows.push(...trendRows(n.name, "comparator", pts));
    for (const p of pts) {
      const f = flagText(p, n.slug);
      if (f) flags.set(`${n.name}|${String(p.year)}`, f);
    }
  }
  const all = [...nbRows, ...rows, ...trendRows("England", "england", eng)];
  const list = inspectionsOf(c.slug);
  const marks = inspectionMarks(list);
  const own = seriesFor(c.slug, CASELOAD);
  const lastOwn = [...own].reverse().find((p) => p.value !== null);
  let description = describeTrend({ name: c.name, points: own }, "average caseload", "cases");
  if (lastOwn?.value != null) {
    const vals = nbRows.filter((r) => r.year === lastOwn.year && r.value !== null).map((r) => r.value as number);
    if (vals.length > 0) {
      const below = vals.filter((v) => v < (lastOwn.value as number)).length;
      const lo = Math.min(...vals);
      const hi = Math.max(...vals);
      description += ` In ${String(lastOwn.year)} its statistical neighbours ranged from ${dp(lo)} to ${dp(hi)}; ${below === 0 ? "none" : String(below)} of the ${String(vals.length)} with a figure had a lower caseload than ${c.name}.`;
    }
  }
  return {
    chart: "caseload-neighbours",
    scope: c.slug,
    title: `${possessive(c.name)} caseload against its statistical neighbours`,
    subtitle:
      "Cases per case-holding social worker (FTE) at 30 September; grey lines are the councils DfE judges most similar",
    description,
    notes: [
      `Statistical neighbours (DfE's children's services list): ${listJoin(nb.map((n) => n.name))}.`,
      ...notes,
      ...inspectionNotes(list),
    ],
    sources: [DFE_SOURCE, OFSTED_SOURCE, ...(list.some((i) => i.source === "unofficial") ? [D2I_SOURCE] : [])],
    columns: TREND_COLUMNS,
    rows: trendTable(all, flags, [], "", marks, list),
    plot: (width) => caseloadTrend(all, [], marks, { width, years }),
    key: [
      { label: c.name, color: "var(--color-council)", shape: "line" },
      { label: "Statistical neighbours", color: "var(--color-comparator)", shape: "line" },
      { label: "England", color: "var(--color-england)", shape: "line" },
    ],
    page: pagePath(c),
  };
}

/** Caseload against councils whose latest grade is the same as this council's (median and middle half). */
function trendSameGrade(c: Council, years: [number, number]): ChartSpec | null {
  const { grade, councils } = sameGradeCouncils(c.slug);
  if (!grade || councils.length < 3) return null;
  const { rows, notes, flags } = ownRows(c);
  const eng = englandSeries(CASELOAD);
  const allYears = seriesYears();
  const band = groupBand(
    councils.map((x) => x.slug),
    CASELOAD,
    allYears,
  );
  const bandLabel = `Councils last graded ${grade}`;
  const all = [...rows, ...trendRows("England", "england", eng)];
  const list = inspectionsOf(c.slug);
  const marks = inspectionMarks(list);
  const own = seriesFor(c.slug, CASELOAD);
  const lastOwn = [...own].reverse().find((p) => p.value !== null);
  let description = describeTrend({ name: c.name, points: own }, "average caseload", "cases", {
    name: `the median of councils last graded ${grade}`,
    owner: `the median of councils last graded ${grade}`,
    points: band.map((b) => ({ year: b.year, value: b.median })),
  });
  const b = band.find((x) => x.year === lastOwn?.year);
  if (b && lastOwn?.value != null) {
    const where =
      lastOwn.value < b.low
        ? "below the middle half"
        : lastOwn.value > b.high
          ? "above the middle half"
          : "within the middle half";
    description += ` That put it ${where} of the ${String(b.n)} councils (${dp(b.low)} to ${dp(b.high)}).`;
  }
  return {
    chart: "caseload-same-grade",
    scope: c.slug,
    title: `${possessive(c.name)} caseload against other councils last graded ${grade}`,
    subtitle: `Cases per case-holding social worker (FTE) at 30 September; the band is the middle half of the ${String(councils.length)} other current councils whose latest Ofsted grade is ${grade}, the dashed line their median`,
    description,
    notes: [
      `The comparison group is fixed by the latest grade, so earlier years compare councils that may then have had other grades.`,
      ...notes,
      ...inspectionNotes(list),
    ],
    sources: [DFE_SOURCE, OFSTED_SOURCE, ...(list.some((i) => i.source === "unofficial") ? [D2I_SOURCE] : [])],
    columns: TREND_COLUMNS,
    rows: trendTable(all, flags, band, bandLabel, marks, list),
    plot: (width) => caseloadTrend(all, band, marks, { width, years, bandLabel }),
    key: [
      { label: c.name, color: "var(--color-council)", shape: "line" },
      { label: `${bandLabel}: middle half`, color: "var(--color-comparator)", shape: "bar" },
      { label: "Their median", color: "var(--color-comparator)", shape: "dash" },
      { label: "England", color: "var(--color-england)", shape: "line" },
    ],
    page: pagePath(c),
  };
}

const RATES: readonly { key: Measure; label: string; phrase: string }[] = [
  { key: "agency_rate_fte", label: "Agency", phrase: "agency worker rate" },
  { key: "vacancy_rate_fte", label: "Vacancies", phrase: "vacancy rate" },
  { key: "turnover_rate_fte", label: "Turnover", phrase: "turnover rate" },
];

/** Agency, vacancy and turnover rates against England. */
function rates(c: Council, years: [number, number]): ChartSpec {
  const rows: RateRow[] = [];
  const notes: string[] = [];
  const descs: string[] = [];
  const flagged: { key: string; text: string }[] = [];
  for (const m of RATES) {
    const own = seriesFor(c.slug, m.key);
    const eng = englandSeries(m.key);
    for (const p of own) {
      rows.push({
        measure: m.label,
        series: c.name,
        role: "council",
        year: p.year,
        value: p.value,
        status: p.status,
        joint: p.joint,
      });
      const f = flagText(p, c.slug);
      if (f) flagged.push({ key: `${m.label}|${c.name}|${String(p.year)}`, text: f });
    }
    for (const pred of c.predecessors) {
      const pc = getCouncil(pred);
      if (!pc) continue;
      for (const p of seriesFor(pred, m.key)) {
        rows.push({
          measure: m.label,
          series: pc.name,
          role: "predecessor",
          year: p.year,
          value: p.value,
          status: p.status,
          joint: p.joint,
        });
        const f = flagText(p, pred);
        if (f) flagged.push({ key: `${m.label}|${pc.name}|${String(p.year)}`, text: f });
      }
    }
    for (const p of eng)
      rows.push({
        measure: m.label,
        series: "England",
        role: "england",
        year: p.year,
        value: p.value,
        status: p.status,
        joint: false,
      });
    descs.push(describeTrend({ name: c.name, points: own }, m.phrase, "percent", { name: "England", points: eng }));
  }
  const flagMap = new Map(flagged.map((f) => [f.key, f.text]));
  if (rows.some((r) => r.joint && r.role === "council"))
    notes.push("Hollow points are joint returns (one figure for two councils).");
  const gaps = rows.filter((r) => r.value === null && r.role !== "england");
  if (gaps.length > 0) {
    notes.push(
      `No figure published for: ${listJoin(
        gaps.map(
          (g) =>
            `${g.measure.toLowerCase()} ${String(g.year)}${g.role === "predecessor" ? ` (${g.series})` : ""} (${g.status}: ${
              flagMap
                .get(`${g.measure}|${g.series}|${String(g.year)}`)
                ?.split(": ")[1]
                ?.split(";")[0] ?? "not published"
            })`,
        ),
      )}. The symbol is printed at the foot of the panel.`,
    );
  }
  if (c.predecessors.length > 0)
    notes.push(
      `Dashed: ${listJoin(c.predecessors.map((p) => getCouncil(p)?.name ?? p))}, before ${c.name} was created.`,
    );
  notes.push(
    "Agency rate: agency workers as a share of all social workers (FTE). Vacancy rate: vacancies as a share of vacancies plus staff in post. Turnover: leavers in the year to 30 September as a share of staff in post.",
  );
  return {
    chart: "workforce-rates",
    scope: c.slug,
    title: `${possessive(c.name)} agency, vacancy and turnover rates`,
    subtitle: "Per cent of full-time-equivalent children's social workers at 30 September, against England",
    description: descs.join(" "),
    notes,
    sources: [DFE_SOURCE],
    columns: [
      { key: "measure", label: "Measure", format: "text" },
      { key: "series", label: "Series", format: "text" },
      { key: "time_period", label: "Year (30 Sept)", format: "text" },
      { key: "rate", label: "Rate (%)", format: "dp1" },
      { key: "note", label: "Note", format: "text" },
    ],
    rows: rows.map((r) => ({
      measure: r.measure,
      series: r.series,
      time_period: r.year,
      rate: r.value,
      note: flagMap.get(`${r.measure}|${r.series}|${String(r.year)}`) ?? "",
    })),
    plot: (width) => workforceRates(rows, { width, measures: RATES.map((m) => m.label), years }),
    key: [
      { label: c.name, color: "var(--color-council)", shape: "line" },
      ...(c.predecessors.length > 0
        ? [{ label: "Predecessor council", color: "var(--color-council)", shape: "dash" as const }]
        : []),
      { label: "England", color: "var(--color-england)", shape: "line" },
    ],
    page: pagePath(c),
  };
}

/** Judgement columns under the frameworks' own names, in display order. */
export const JUDGEMENTS: readonly { key: string; label: string }[] = [
  { key: "overall", label: "Overall effectiveness" },
  { key: "ilacs_impact_of_leaders", label: "Impact of leaders (ILACS)" },
  { key: "ilacs_help_and_protection", label: "Help and protection (ILACS)" },
  { key: "ilacs_children_in_care", label: "Children in care (ILACS)" },
  { key: "ilacs_care_leavers", label: "Care leavers (ILACS)" },
  { key: "sif_help_and_protection", label: "Help and protection (SIF)" },
  { key: "sif_looked_after_and_permanence", label: "Looked after, permanence (SIF)" },
  { key: "sif_adoption", label: "Adoption (SIF)" },
  { key: "sif_care_leavers", label: "Care leavers (SIF)" },
  { key: "sif_leadership", label: "Leadership (SIF)" },
  { key: "sif_lscb", label: "Safeguarding board (SIF)" },
];

/** Column label of an inspection: "ILACS 2021", "SIF 2014", with a suffix where two share a year. */
export function inspectionLabels(list: readonly Inspection[]): string[] {
  const short = (i: Inspection): string =>
    `${i.type.replace("ILACS standard", "ILACS").replace("ILACS short", "ILACS short").replace("SIF re-inspection", "SIF re-insp.")} ${i.publicationDate.slice(0, 4)}${i.source === "unofficial" ? "*" : ""}`;
  const labels = list.map(short);
  return labels.map((l, i) => (labels.indexOf(l) !== i ? `${l} (${String(i + 1)})` : l));
}

/** Every inspection with its sub-judgements. */
function ofsted(c: Council): ChartSpec | null {
  const list = inspectionsOf(c.slug);
  if (list.length === 0) return null;
  const labels = inspectionLabels(list);
  const cells: GradeCell[] = [];
  list.forEach((i, n) => {
    for (const j of JUDGEMENTS) {
      const grade = j.key === "overall" ? i.overall : i.judgements[j.key];
      if (!grade) continue;
      cells.push({
        inspection: labels[n] ?? "",
        judgement: j.label,
        grade,
        letter: gradeLetter(grade),
        color: gradeColor(grade),
      });
    }
  });
  const used = JUDGEMENTS.filter((j) => cells.some((x) => x.judgement === j.label)).map((j) => j.label);
  const latest = list.at(-1);
  const first = list[0];
  const description =
    latest && first
      ? `Ofsted has inspected ${c.name}'s children's services ${String(list.length)} time${list.length === 1 ? "" : "s"} since ${first.publicationDate.slice(0, 4)}. ` +
        list
          .map(
            (i) =>
              `${i.type} (published ${longDate(i.publicationDate)}): ${i.overall}${i.source === "unofficial" ? ", unofficial" : ""}.`,
          )
          .join(" ")
      : "";
  return {
    chart: "ofsted-history",
    scope: c.slug,
    title: `${possessive(c.name)} Ofsted inspections`,
    subtitle:
      "Overall effectiveness and each judgement, under the framework's own names: SIF (2013–2018) and ILACS (from 2018)",
    description,
    notes: [
      "Letters: O Outstanding, G Good, RI Requires improvement (to be good), I Inadequate. Blank cells were not judged in that framework or inspection.",
      "SIF and ILACS are different frameworks, so their grades compare only loosely. ILACS short inspections do not all judge every area.",
      ...(list.some((i) => i.source === "unofficial")
        ? [
            "* Unofficial: from Data to Insight's scrape of the Ofsted report, not yet in Ofsted's official statistics. Check the report.",
          ]
        : []),
    ],
    sources: [OFSTED_SOURCE, ...(list.some((i) => i.source === "unofficial") ? [D2I_SOURCE] : [])],
    columns: [
      { key: "inspection", label: "Inspection", format: "text" },
      { key: "publication_date", label: "Published", format: "text" },
      { key: "judgement", label: "Judgement", format: "text" },
      { key: "grade", label: "Grade", format: "text" },
      { key: "source", label: "Source", format: "text" },
    ],
    rows: cells.map((x) => {
      const i = list[labels.indexOf(x.inspection)];
      return {
        inspection: x.inspection,
        publication_date: i?.publicationDate ?? "",
        judgement: x.judgement,
        grade: x.grade,
        source: i?.source ?? "",
      };
    }),
    plot: (width) => ofstedGrid(cells, { width, inspections: labels, judgements: used }),
    page: pagePath(c),
    ...(latest
      ? {
          headline: {
            value: latest.overall,
            label: `${possessive(c.name)} latest Ofsted grade (${latest.type}, ${latest.publicationDate.slice(0, 4)})`,
          },
        }
      : {}),
  };
}

const MEASURE_LABEL: Record<string, string> = {
  caseload_fte: "Caseload",
  agency_rate_fte: "Agency rate (%)",
  vacancy_rate_fte: "Vacancy rate (%)",
  turnover_rate_fte: "Turnover (%)",
};

/** Reported figures and testimony against the official value. */
function reported(c: Council): ChartSpec | null {
  const figures = reportedFor(c.slug);
  const testimony = testimonyFor(c.slug);
  const rows: ReportedRow[] = [];
  const table: Record<string, string | number | null>[] = [];
  for (const f of figures) {
    if (f.measure === "other" || f.valueLow === null || f.valueHigh === null) continue;
    const off = typeof f.officialBefore.year === "number" ? f.officialBefore : null;
    const year = f.comparedYear ?? (typeof off?.year === "number" ? off.year : null);
    const offValue = year !== null ? (seriesFor(c.slug, f.measure).find((p) => p.year === year)?.value ?? null) : null;
    const label = `${MEASURE_LABEL[f.measure] ?? f.measure}, ${f.statedDate.slice(0, 4)}: ${f.statedBy}${rows.some((r) => r.label.startsWith(`${MEASURE_LABEL[f.measure] ?? ""}, ${f.statedDate.slice(0, 4)}: ${f.statedBy}`)) ? ` (${String(rows.length + 1)})` : ""}`;
    rows.push({
      label,
      measure: MEASURE_LABEL[f.measure] ?? f.measure,
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
      source: getSource(f.sourceId)?.title ?? f.sourceId,
    });
  }
  for (const t of testimony) {
    if (t.caseloadLow === null || t.caseloadHigh === null) continue;
    const y = Number(t.date.slice(0, 4));
    // The count before the comment: a comment in 2018 before 30 September compares with the 2017 count.
    const year = t.date.slice(5) < "09-30" ? y - 1 : y;
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
      source: getSource(t.sourceId)?.title ?? t.sourceId,
    });
  }
  if (rows.length === 0) return null;
  const matches = rows.filter((r) => r.verdict.startsWith("matches")).length;
  const measures = [...new Set(rows.map((r) => r.measure))];
  const description =
    `${String(rows.length)} figure${rows.length === 1 ? "" : "s"} about ${c.name} reported in the news or by practitioners, each beside DfE's official figure for the same year. ` +
    rows
      .map(
        (r) =>
          `${r.label}: ${r.low === r.high ? String(r.low) : `${String(r.low)} to ${String(r.high)}`}${r.official !== null ? ` against an official ${r.official.toFixed(1)} (${String(r.officialYear)})` : ""}; ${r.verdict}.`,
      )
      .join(" ") +
    (matches === rows.length ? " All match the official figures." : "");
  return {
    chart: "reported-vs-official",
    scope: c.slug,
    title: `What was reported about ${c.name}, beside the official figures`,
    subtitle:
      "Reported figure or range (hollow, with its range as a bar) and DfE's official value for the same year (diamond)",
    description,
    notes: [
      "Rows name the measure: caseloads are cases per social worker, rates are per cent, on a shared scale.",
      "A council-wide average is not an individual's or a team's caseload; verdicts say where a figure cannot be checked.",
    ],
    sources: [DFE_SOURCE, ...newsSources([...figures.map((f) => f.sourceId), ...testimony.map((t) => t.sourceId)])],
    columns: [
      { key: "statement", label: "Statement", format: "text" },
      { key: "stated_by", label: "Stated by", format: "text" },
      { key: "stated_date", label: "Date", format: "text" },
      { key: "measure", label: "Measure", format: "text" },
      { key: "value_low", label: "Low", format: "dp1" },
      { key: "value_high", label: "High", format: "dp1" },
      { key: "official_year", label: "Official year", format: "text" },
      { key: "official", label: "Official", format: "dp1" },
      { key: "verdict", label: "Verdict", format: "text" },
      { key: "source", label: "Source", format: "text" },
    ],
    rows: table,
    plot: (width) => reportedVsOfficial(rows, { width, measures }),
    key: [
      { label: "Reported figure or range", color: "var(--color-reported)", shape: "dot" },
      { label: "Official DfE figure", color: "var(--color-council)", shape: "diamond" },
    ],
    page: pagePath(c),
  };
}

/** The charts of one council, in page order (nulls dropped). */
export function chartsFor(c: Council): ChartSpec[] {
  const ys = seriesYears();
  const years: [number, number] = [ys[0] ?? 2017, ys.at(-1) ?? 2025];
  return [
    trendEngland(c, years),
    trendNeighbours(c, years),
    trendSameGrade(c, years),
    rates(c, years),
    ofsted(c),
    reported(c),
  ].filter((s): s is ChartSpec => s !== null);
}

/** Every council chart. */
export function councilCharts(): ChartSpec[] {
  return [...allCouncils().flatMap(chartsFor), ...mapCharts()];
}
