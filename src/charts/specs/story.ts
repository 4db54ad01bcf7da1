/**
 * Chart specs of the story: the home page's three charts and the articles' council charts. Every number drawn,
 * tabulated and written here comes from the typed readers at build time (src/lib/story/facts.ts).
 */
import type { Cell, ChartSpec } from "../../lib/chart/types.ts";
import { dp1, pct } from "../../lib/format.ts";
import { getCouncil } from "../../lib/data/councils.ts";
import { seriesFor, type Measure } from "../../lib/data/workforce.ts";
import { reportedFor, type ReportedFigure } from "../../lib/data/reported.ts";
import {
  councilYears,
  englandByYear,
  GRADE_COLOUR,
  gradeDistributions,
  highestEver,
  inspectionMatching,
  practitionerRanges,
  reportedCaseloads,
  suppressedCount,
  yearDistributions,
} from "../../lib/story/facts.ts";
import { count, englandTrend, practitionerFacts, times } from "../../lib/story/statements.ts";
import { DFE_SOURCE, OFSTED_SOURCE, newsSources } from "./sources.ts";
import { binnedDistribution, type DistBin, type DistGroup } from "../story/binnedDistribution.ts";
import { rangeLadder, type LadderRow } from "../story/rangeLadder.ts";
import { claimsTrend, fractionalYear, type Claim, type ClaimsSeries } from "../story/claimsTrend.ts";

const CASELOAD_NOTE =
  "DfE's caseload is a council-wide average at 30 September: cases held by case-holding social workers (agency staff included) per full-time-equivalent case-holding social worker. It is not a team's or a person's caseload.";

/** "Walsall (2019), Dudley (2019)" for up to `max` items, else "". */
const names = (items: readonly { name: string }[], max = 3): string =>
  items.length <= max ? items.map((i) => i.name).join("; ") : "";

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const range = (from: number, to: number): string => `${dp1(from)}–${dp1(to - 0.1)}`;

/** Home chart 1: every council's figure per year around England's average. */
function englandCaseload(): ChartSpec {
  const years = yearDistributions();
  const t = englandTrend();
  const top = highestEver();
  const suppressed = suppressedCount();
  const groups: DistGroup[] = years.map((y) => ({
    label: String(y.year),
    median: y.summary.median,
    medianTitle: `${String(y.year)}: median council ${dp1(y.summary.median)}`,
    bins: y.bins.map((b): DistBin => ({
      from: b.from,
      to: b.to,
      count: b.items.length,
      title: `${String(y.year)}, ${range(b.from, b.to)}: ${String(b.items.length)} ${b.items.length === 1 ? "council" : "councils"}${b.items.length <= 3 ? ` (${names(b.items)})` : ""}`,
    })),
  }));
  const england = years.flatMap((y, i) =>
    y.england === null ? [] : [{ group: i, value: y.england, title: `England, ${String(y.year)}: ${dp1(y.england)}` }],
  );
  // Only the highest figure of any year is marked: each year's top band already names its council(s).
  const topIndex = years.findIndex((y) => y.year === top.year);
  const marked = [
    {
      group: topIndex,
      value: top.value,
      title: `Highest in any year: ${top.name}, ${String(top.year)}, ${dp1(top.value)}`,
      label: `${top.name} ${dp1(top.value)}`,
    },
  ];
  const rows: Record<string, Cell>[] = years.flatMap((y) => [
    ...y.bins.map((b) => ({
      time_period: y.year,
      series: "Band",
      caseload_from: b.from,
      caseload_to: Math.round((b.to - 0.1) * 10) / 10,
      councils: b.items.length,
      caseload_fte: null,
      la_name: names(b.items) || null,
    })),
    {
      time_period: y.year,
      series: "Median council",
      caseload_from: null,
      caseload_to: null,
      councils: y.summary.n,
      caseload_fte: Math.round(y.summary.median * 100) / 100,
      la_name: null,
    },
    {
      time_period: y.year,
      series: "England",
      caseload_from: null,
      caseload_to: null,
      councils: null,
      caseload_fte: y.england,
      la_name: null,
    },
  ]);
  rows.push({
    time_period: top.year,
    series: "Highest in any year",
    caseload_from: null,
    caseload_to: null,
    councils: 1,
    caseload_fte: top.value,
    la_name: top.name,
  });
  const dir = t.to < t.from ? "fell" : "rose";
  return {
    chart: "england-caseload",
    scope: "england",
    title: `England's official average caseload ${dir} from ${dp1(t.from)} to ${dp1(t.to)}; councils spread widely around it`,
    subtitle: `Average cases per case-holding social worker (FTE), each council at 30 September, ${String(t.first)}–${String(t.last)}. Bar width: number of councils in each 1-case band.`,
    description: `England's official average caseload ${dir} from ${dp1(t.from)} in ${String(t.first)} to ${dp1(t.to)} in ${String(t.last)}. Each year about ${count(years[0]?.summary.n ?? 0)} council returns spread around it; the highest in any year was ${top.name} with ${dp1(top.value)} in ${String(top.year)}. ${years
      .map(
        (y) =>
          `${String(y.year)}, England ${y.england === null ? "not published" : dp1(y.england)}, councils ${dp1(y.lowest.value)}–${dp1(y.highest.value)}`,
      )
      .join("; ")}.`,
    notes: [
      CASELOAD_NOTE,
      "Each bar is a 1-case band (17.0–17.9, and so on); its width is the number of councils in it (never narrower than a short tick, so a single council shows). The black rule is the median council; England's figure is DfE's own national average, weighted by workforce, so it can differ from the median.",
      "Joint returns (Kingston upon Thames with Richmond upon Thames; North with West Northamptonshire from 2021) count once.",
      `${capitalise(count(suppressed))} council ${suppressed === 1 ? "return has" : "returns have"} no published caseload (a DfE symbol instead of a number) and ${suppressed === 1 ? "is" : "are"} not drawn.`,
    ],
    sources: [DFE_SOURCE],
    columns: [
      { key: "time_period", label: "Year (30 September)", format: "text" },
      { key: "series", label: "What", format: "text" },
      { key: "caseload_from", label: "Band from", format: "dp1" },
      { key: "caseload_to", label: "Band to", format: "dp1" },
      { key: "councils", label: "Councils", format: "int" },
      { key: "caseload_fte", label: "Average caseload", format: "dp1" },
      { key: "la_name", label: "Council (named where 3 or fewer)", format: "text" },
    ],
    rows,
    plot: (width) =>
      binnedDistribution(groups, {
        width,
        yLabel: "Cases per social worker",
        line: { points: england, color: "var(--color-council)" },
        marked,
        yMax: Math.ceil(top.value + 2),
      }),
    key: [
      { label: "Councils (width: how many)", color: "var(--color-comparator)", shape: "bar" },
      { label: "England", color: "var(--color-council)", shape: "line" },
      { label: "Median council", color: "var(--color-ink)", shape: "line" },
      { label: "Highest in any year", color: "var(--color-ink)", shape: "dot" },
    ],
    page: "/",
    headline: { value: dp1(t.to), label: `England's average caseload per social worker, ${String(t.last)}` },
  };
}

const short = (iso: string): string => {
  const [y, m] = iso.split("-");
  const month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Number(m) - 1];
  return month ? `${month} ${String(y)}` : String(y);
};
const span = (low: number, high: number): string => (low === high ? String(low) : `${String(low)}–${String(high)}`);

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
function practitionersVsOfficial(): ChartSpec {
  const all = councilYears();
  const top = highestEver();
  const t = englandTrend();
  const f = practitionerFacts();
  const englandValues = [...englandByYear().values()];
  const lowE = Math.min(...englandValues);
  const highE = Math.max(...englandValues);
  const byBin = new Map<number, number>();
  for (const c of all) {
    const b = Math.floor(Math.round(c.value * 10) / 10 + 1e-9);
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

/** Home chart 3: caseload at the count before each inspection, by grade. */
function caseloadByGrade(): ChartSpec {
  const grades = gradeDistributions();
  const m = inspectionMatching();
  const groups: DistGroup[] = grades.map((g) => ({
    label: g.grade === "Requires improvement" ? "Requires\nimprovement" : g.grade,
    color: GRADE_COLOUR[g.grade],
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
      caseload_to: Math.round((b.to - 0.1) * 10) / 10,
      inspections: b.items.length,
      share: Math.round((b.items.length / g.summary.n) * 1000) / 10,
      caseload_fte: null,
    })),
    {
      grade: g.grade,
      series: "Median",
      caseload_from: null,
      caseload_to: null,
      inspections: g.summary.n,
      share: 100,
      caseload_fte: Math.round(g.summary.median * 100) / 100,
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
    subtitle: `Council's average caseload at the last 30 September count before each inspection, by Ofsted's overall grade. ${count(m.matched.length)} inspections, ${grades.map((g) => `${g.grade.toLowerCase()} ${String(g.summary.n)}`).join(", ")}. Bar width: share of the grade's inspections in each 1-case band.`,
    description: `${count(m.matched.length)} Ofsted inspections matched to the council's caseload at the last count before the inspection began. ${grades
      .map(
        (g) =>
          `${g.grade}: ${String(g.summary.n)} inspections, median ${dp1(g.summary.median)}, middle half ${dp1(g.summary.q1)} to ${dp1(g.summary.q3)}, range ${dp1(g.summary.min)} to ${dp1(g.summary.max)}`,
      )
      .join(". ")}.`,
    notes: [
      "Each inspection is matched to the council's caseload at the last 30 September workforce count before the inspection's start date (an inspection starting in July 2021 is matched to 30 September 2020).",
      `Left out: ${count(m.noInspectionDate)} SIF inspections, for which Ofsted's table gives only a publication date; ${count(m.beforeSeries)} inspections before the first count (30 September 2017); ${count(m.noValue)} where DfE published no caseload for the council that year; and ${count(m.unofficial)} published after 31 March 2025, known only from an unofficial scrape of Ofsted reports.`,
      "Widths are shares within each grade, so grades with few inspections can be compared with grades with many. The black rule is the median. A council inspected more than once appears once per inspection.",
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
      ...grades.map((g) => ({ label: g.grade, color: GRADE_COLOUR[g.grade], shape: "bar" as const })),
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

/** Articles that carry a council's claims chart, and the page each lives on. */
export const ARTICLE_COUNCILS: Readonly<Record<string, string>> = {
  "east-sussex": "/articles/east-sussex-outstanding-unbearable-caseloads/",
  walsall: "/articles/walsall-caseloads-fell-and-rise-to-good/",
  surrey: "/articles/surrey-restructure-average-of-15/",
  warwickshire: "/articles/warwickshire-mid-20s-against-target-15/",
  cumbria: "/articles/cumbria-low-twenties/",
};

function claimOf(f: ReportedFigure, format: (v: number) => string): Claim {
  const low = f.valueLow ?? 0;
  const high = f.valueHigh ?? low;
  return {
    x: fractionalYear(f.statedDate),
    low,
    high,
    label: low === high ? format(low) : `${format(low)}–${format(high)}`,
    title: `Reported, ${short(f.statedDate)} (${f.statedBy}): “${f.words}”, read as ${low === high ? format(low) : `${format(low)}–${format(high)}`}. Verdict: ${f.verdict}.`,
    color: "var(--color-reported)",
  };
}

/** A council's official caseload beside England and its region, with the caseload figures reported about it. */
function caseloadClaims(slug: string, page: string): ChartSpec {
  const council = getCouncil(slug);
  if (!council) throw new Error(`caseloadClaims: no council ${slug}`);
  const own = seriesFor(slug, "caseload_fte");
  const eng = [...englandByYear().entries()].map(([year, value]) => ({ year, value }));
  const figures = reportedFor(slug).filter((f) => f.measure === "caseload_fte" && f.valueLow !== null);
  const claims = figures.filter((f) => f.scope !== "target").map((f) => claimOf(f, (v) => String(v)));
  const target = figures.find((f) => f.scope === "target");
  const series: ClaimsSeries[] = [
    { name: "England", color: "var(--color-england)", points: eng, dashed: true },
    { name: council.name, color: "var(--color-council)", points: own },
  ];
  const first = own.find((p) => p.value !== null);
  const last = own.filter((p) => p.value !== null).at(-1);
  const rows: Record<string, Cell>[] = [
    ...own.map((p) => ({
      series: council.name,
      time_period: p.year,
      date: null,
      caseload_fte: p.value,
      status: p.status || null,
      note: p.joint ? `joint return: ${p.la_name}` : null,
    })),
    ...eng.map((p) => ({
      series: "England",
      time_period: p.year,
      date: null,
      caseload_fte: p.value,
      status: null,
      note: null,
    })),
    ...figures.map((f) => ({
      series: f.scope === "target" ? "Target (reported)" : "Reported",
      time_period: null,
      date: f.statedDate,
      caseload_fte: f.valueLow === f.valueHigh ? f.valueLow : null,
      status: null,
      note: `“${f.words}” (${f.interpretation}); ${f.verdict}`,
    })),
  ];
  const verdicts = figures
    .filter((f) => f.scope !== "target")
    .map((f) => `“${f.words}” (${short(f.statedDate)}): ${f.verdict}`);
  return {
    chart: "caseload-claims",
    scope: slug,
    title:
      claims.length > 0
        ? `${council.name}: the caseload reported, against the official figure`
        : `${council.name}'s official average caseload beside England's`,
    subtitle: `Average cases per social worker (FTE) at 30 September, and figures reported in the news at the date they applied`,
    description: `${council.name}'s official average caseload ${first && last && first.value !== null && last.value !== null ? `went from ${dp1(first.value)} in ${String(first.year)} to ${dp1(last.value)} in ${String(last.year)}` : "is not published"}; England's from ${dp1(eng[0]?.value ?? 0)} to ${dp1(eng.at(-1)?.value ?? 0)}. ${verdicts.join(". ")}${verdicts.length > 0 ? "." : ""}${target ? ` Target reported: ${String(target.valueLow)}.` : ""}`,
    notes: [
      CASELOAD_NOTE,
      "Reported figures are drawn at the date they applied; where the article does not print a date it was worked out from the text (an “upper bound” means on or before). Ranges are how the words were read.",
      ...(own.some((p) => p.joint) ? ["Some years are a joint return covering more than one council."] : []),
    ],
    sources: [DFE_SOURCE, ...newsSources(figures.map((f) => f.sourceId))],
    columns: [
      { key: "series", label: "Series", format: "text" },
      { key: "time_period", label: "Year (30 September)", format: "text" },
      { key: "date", label: "Date stated", format: "text" },
      { key: "caseload_fte", label: "Average caseload", format: "dp1" },
      { key: "status", label: "DfE symbol", format: "text" },
      { key: "note", label: "Note", format: "text" },
    ],
    rows,
    plot: (width) =>
      claimsTrend(series, claims, {
        width,
        yLabel: "Cases per social worker",
        ...(target
          ? {
              target: {
                value: target.valueLow ?? 0,
                label: `Target: ${String(target.valueLow)}`,
                title: `${council.name}'s target, reported ${short(target.statedDate)}: ${String(target.valueLow)}`,
              },
            }
          : {}),
        xDomain: [Math.min(2017, ...claims.map((c) => Math.floor(c.x))), 2026],
      }),
    key: [
      { label: council.name, color: "var(--color-council)", shape: "line" },
      { label: "England", color: "var(--color-england)", shape: "dash" },
      { label: "Reported figure", color: "var(--color-reported)", shape: "bar" },
      ...(target ? [{ label: "Target", color: "var(--color-flag)", shape: "dash" as const }] : []),
    ],
    page,
    ...(last && last.value !== null
      ? {
          headline: {
            value: dp1(last.value),
            label: `${council.name}'s official average caseload, ${String(last.year)}`,
          },
        }
      : {}),
  };
}

/** A council's agency and vacancy rates with the rates reported about it. */
function workforceClaims(slug: string, page: string): ChartSpec {
  const council = getCouncil(slug);
  if (!council) throw new Error(`workforceClaims: no council ${slug}`);
  const measures: { key: Measure; name: string; color: string }[] = [
    { key: "agency_rate_fte", name: "Agency worker rate", color: "var(--color-council)" },
    { key: "vacancy_rate_fte", name: "Vacancy rate", color: "var(--color-region)" },
  ];
  const figures = reportedFor(slug).filter(
    (f) => (f.measure === "agency_rate_fte" || f.measure === "vacancy_rate_fte") && f.valueLow !== null,
  );
  const used = measures.filter((m) => figures.some((f) => f.measure === m.key));
  const series: ClaimsSeries[] = used.map((m) => ({
    name: `${council.name} ${m.name.toLowerCase()}`,
    color: m.color,
    points: seriesFor(slug, m.key),
    format: pct,
  }));
  const claims = figures.map((f) => ({
    ...claimOf(f, (v) => `${String(v)}%`),
    x: fractionalYear(f.statedDate) + 0.02,
  }));
  const rows: Record<string, Cell>[] = [
    ...used.flatMap((m) =>
      seriesFor(slug, m.key).map((p) => ({ series: m.name, time_period: p.year, value: p.value, note: null })),
    ),
    ...figures.map((f) => ({
      series: `Reported ${f.measure === "agency_rate_fte" ? "agency rate" : "vacancy rate"}`,
      time_period: f.statedDate.slice(0, 4),
      value: f.valueLow,
      note: `“${f.words}”; ${f.verdict}`,
    })),
  ];
  return {
    chart: "workforce-claims",
    scope: slug,
    title: `${council.name}: agency and vacancy rates reported, against the official figures`,
    subtitle: "Percentage of social worker posts (FTE) at 30 September, and the figures reported in the news",
    description: `${used
      .map((m) => {
        const pts = seriesFor(slug, m.key).filter((p) => p.value !== null);
        const a = pts[0];
        const b = pts.at(-1);
        return a && b && a.value !== null && b.value !== null
          ? `${council.name}'s ${m.name.toLowerCase()} went from ${pct(a.value)} in ${String(a.year)} to ${pct(b.value)} in ${String(b.year)}`
          : "";
      })
      .join("; ")}. ${figures.map((f) => `“${f.words}”: ${f.verdict}`).join(". ")}.`,
    notes: [
      "The agency worker rate is agency social workers as a share of all social workers (FTE); the vacancy rate is vacancies as a share of vacancies plus social workers in post, both at 30 September.",
    ],
    sources: [DFE_SOURCE, ...newsSources(figures.map((f) => f.sourceId))],
    columns: [
      { key: "series", label: "Series", format: "text" },
      { key: "time_period", label: "Year", format: "text" },
      { key: "value", label: "Rate", format: "percent" },
      { key: "note", label: "Note", format: "text" },
    ],
    rows,
    plot: (width) => claimsTrend(series, claims, { width, yLabel: "% of posts", percent: true, xDomain: [2017, 2026] }),
    key: [
      ...used.map((m) => ({ label: m.name, color: m.color, shape: "line" as const })),
      { label: "Reported figure", color: "var(--color-reported)", shape: "bar" },
    ],
    page,
  };
}

/** Every story chart. The first is England's caseload (tests and the site card rely on it). */
export function storyCharts(): ChartSpec[] {
  const article: ChartSpec[] = Object.entries(ARTICLE_COUNCILS).flatMap(([slug, page]) => {
    const out = [caseloadClaims(slug, page)];
    if (reportedFor(slug).some((f) => f.measure === "agency_rate_fte" || f.measure === "vacancy_rate_fte"))
      out.push(workforceClaims(slug, page));
    return out;
  });
  return [englandCaseload(), practitionersVsOfficial(), caseloadByGrade(), ...article];
}
