/**
 * Chart specs of the testimony and reported-figures pages: one "testimony-range" chart per testimony (its range
 * against its council's official average, England's and the spread of all councils at that year's count), an
 * overview of every testimony, and the reported figures beside DfE's counts.
 */
import type { ChartSource, ChartSpec, KeyItem } from "../../lib/chart/types.ts";
import { allReported, allTestimony, getSource, type ReportedFigure, type Testimony } from "../../lib/data/reported.ts";
import { contextFor, missingReason, rangeText, type OfficialContext } from "../../lib/testimony/context.ts";
import { dp1, listJoin, longDate } from "../../lib/format.ts";
import { DFE_SOURCE } from "./sources.ts";
import { rangeLanes, type Lane, type LanePoint } from "../testimony/rangeLanes.ts";

const TESTIMONY = "var(--color-testimony)";
const COUNCIL = "var(--color-council)";
const ENGLAND = "var(--color-england)";
const COMPARATOR = "var(--color-comparator)";
const REPORTED = "var(--color-reported)";

/** "Darcy, 22 Sep 2018" style short date. */
const shortDate = (iso: string): string => {
  const [y = "", m = "", d = ""] = iso.split("-");
  const month =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Number(m) - 1] ?? "";
  return [d === "" ? "" : String(Number(d)), month, y].filter((s) => s !== "").join(" ");
};

/** The source line of a testimony: the comment, under its article. */
export function commentSource(t: Testimony): ChartSource {
  const s = getSource(t.sourceId);
  const where = s ? `${s.publication}, “${s.title}”` : "a published article";
  const url = s?.url ?? s?.locatedUrl ?? undefined;
  return {
    name: `${t.name}, reader comment of ${longDate(t.date)} on ${where}`,
    ...(url !== undefined ? { url } : {}),
    licence: "quoted",
  };
}

/** "Darcy's account" (the name as published, possessive). */
const account = (t: Testimony): string => `${t.name}${t.name.endsWith("s") ? "’" : "’s"} account`;

const TESTIMONY_COLUMNS = [
  { key: "series", label: "Series", format: "text" },
  { key: "time_period", label: "Year (30 September)", format: "text" },
  { key: "value_low", label: "Low", format: "dp1" },
  { key: "q1", label: "25th percentile", format: "dp1" },
  { key: "median", label: "Median", format: "dp1" },
  { key: "q3", label: "75th percentile", format: "dp1" },
  { key: "value_high", label: "High", format: "dp1" },
  { key: "note", label: "Note", format: "text" },
] as const;

/** Sentences describing the official context, from the data. */
function contextSentences(ctx: OfficialContext): string[] {
  const out: string[] = [];
  const c = ctx.council;
  if (c) {
    out.push(
      c.value === null
        ? `DfE published no average caseload for ${c.name} at the 30 September ${String(ctx.year)} count (${missingReason(c.status)}).`
        : `At the 30 September ${String(ctx.year)} count, ${c.name}'s official average caseload was ${dp1(c.value)}${c.joint ? ` (a joint figure for ${c.laName})` : ""}.`,
    );
  }
  if (ctx.england !== null)
    out.push(
      c
        ? `England's was ${dp1(ctx.england)}.`
        : `At the 30 September ${String(ctx.year)} count, England's official average caseload was ${dp1(ctx.england)}.`,
    );
  const s = ctx.spread;
  if (s) {
    out.push(
      `Across ${String(s.n)} council figures that year, averages ranged from ${dp1(s.min)} (${s.minName}) to ${dp1(s.max)} (${s.maxName}), with a median of ${dp1(s.median)}; the middle half lay between ${dp1(s.q1)} and ${dp1(s.q3)}.`,
    );
  }
  return out;
}

/** The lanes and rows of one testimony's chart. */
function testimonyLanes(t: Testimony, ctx: OfficialContext): { lanes: Lane[]; rows: ChartSpec["rows"] } {
  const lanes: Lane[] = [];
  const rows: ChartSpec["rows"][number][] = [];
  const range = rangeText(t);
  const low = t.caseloadLow ?? t.caseloadHigh;
  const high = t.caseloadHigh ?? t.caseloadLow;
  const empty = { q1: null, median: null, q3: null };
  if (low !== null && high !== null) {
    lanes.push({
      label: account(t),
      range: {
        low,
        high,
        color: TESTIMONY,
        label: low === high ? String(low) : `${String(low)}–${String(high)}`,
        title: `${account(t)}: ${range ?? ""} cases (${t.interpretation})`,
      },
    });
  } else lanes.push({ label: account(t), missing: "No caseload figure given" });
  rows.push({
    series: account(t),
    time_period: t.date.slice(0, 4),
    value_low: low,
    ...empty,
    value_high: high,
    note: t.interpretation,
  });
  const c = ctx.council;
  if (c) {
    const lane: Lane =
      c.value === null
        ? { label: c.name, missing: `No DfE figure (${missingReason(c.status)})` }
        : {
            label: c.name,
            points: [
              {
                value: c.value,
                color: COUNCIL,
                label: dp1(c.value),
                title: `${c.name}, 30 Sep ${String(ctx.year)}: ${dp1(c.value)} (DfE)${c.joint ? `, joint figure for ${c.laName}` : ""}`,
              },
            ],
          };
    lanes.push(lane);
    rows.push({
      series: `${c.name} (DfE)`,
      time_period: ctx.year,
      value_low: c.value,
      ...empty,
      value_high: c.value,
      note: c.value === null ? missingReason(c.status) : c.joint ? `joint figure for ${c.laName}` : "",
    });
  }
  if (ctx.england !== null) {
    lanes.push({
      label: "England",
      points: [
        {
          value: ctx.england,
          color: ENGLAND,
          symbol: "diamond",
          label: dp1(ctx.england),
          title: `England, 30 Sep ${String(ctx.year)}: ${dp1(ctx.england)} (DfE)`,
        },
      ],
    });
    rows.push({
      series: "England (DfE)",
      time_period: ctx.year,
      value_low: ctx.england,
      ...empty,
      value_high: ctx.england,
      note: "",
    });
  }
  const s = ctx.spread;
  if (s) {
    lanes.push({
      label: `All councils (${String(s.n)})`,
      spread: {
        ...s,
        title: `All councils, 30 Sep ${String(ctx.year)}: lowest ${dp1(s.min)} (${s.minName}), middle half ${dp1(s.q1)} to ${dp1(s.q3)}, median ${dp1(s.median)}, highest ${dp1(s.max)} (${s.maxName})`,
      },
    });
    rows.push({
      series: "All councils (DfE)",
      time_period: ctx.year,
      value_low: s.min,
      q1: s.q1,
      median: s.median,
      q3: s.q3,
      value_high: s.max,
      note: `${String(s.n)} council figures; lowest ${s.minName}, highest ${s.maxName}${s.withheld > 0 ? `; ${String(s.withheld)} withheld (symbols), left out` : ""}`,
    });
  }
  return { lanes, rows };
}

const SPREAD_KEY: KeyItem = {
  label: "All councils: lowest to highest, middle half, median",
  color: COMPARATOR,
  shape: "bar",
};

/** One testimony's chart: chart "testimony-range", scope the testimony id. */
export function testimonyChart(t: Testimony): ChartSpec {
  const ctx = contextFor(t);
  const { lanes, rows } = testimonyLanes(t, ctx);
  const range = rangeText(t);
  const where = ctx.council ? ctx.council.name : "England";
  const official = ctx.council ? ctx.council.value : ctx.england;
  const officialText = official === null ? "not published" : dp1(official);
  const title = range
    ? `${t.name} describes caseloads of ${range}; ${where}'s official average in ${String(ctx.year)} was ${officialText}`
    : `${t.name} gives no caseload figure; ${where}'s official average in ${String(ctx.year)} was ${officialText}`;
  const lead = range
    ? `${t.name}'s comment of ${longDate(t.date)} describes caseloads of ${range} (${t.interpretation}).`
    : `${t.name}'s comment of ${longDate(t.date)} gives no caseload figure.`;
  const gap =
    t.caseloadLow !== null && ctx.spread
      ? ` The lowest figure in the comment is ${dp1(t.caseloadLow - ctx.spread.max)} above the highest council average that year${ctx.england !== null ? ` and ${dp1(t.caseloadLow - ctx.england)} above England's` : ""}.`
      : "";
  const notes = [
    "The official figure is a council-wide average at the 30 September count: cases held by case-holding social workers (agency staff included) divided by their full-time equivalent number. A commenter's caseload is one person's or one team's, so the two measure different things.",
    `The comment is read against the 30 September ${String(ctx.year)} count, the count of the year it was posted; it does not say exactly when the caseloads it describes were held.`,
    ...(t.councilSlug === null
      ? ["The commenter names no council, so the comment is drawn against England and the spread of all councils."]
      : []),
    ...(ctx.spread && ctx.spread.withheld > 0
      ? [
          `${String(ctx.spread.withheld)} council rows that year carry a DfE symbol instead of a number; they are left out of the spread, never counted as 0.`,
        ]
      : []),
    "Testimony is unverified and quoted as published.",
  ];
  const key: KeyItem[] = [
    ...(range ? [{ label: account(t), color: TESTIMONY, shape: "bar" as const }] : []),
    ...(ctx.council && ctx.council.value !== null
      ? [{ label: ctx.council.name, color: COUNCIL, shape: "dot" as const }]
      : []),
    ...(ctx.england !== null ? [{ label: "England", color: ENGLAND, shape: "diamond" as const }] : []),
    ...(ctx.spread ? [SPREAD_KEY] : []),
  ];
  return {
    chart: "testimony-range",
    scope: t.id,
    title,
    subtitle: `Cases per social worker. Official figures: DfE average caseload, 30 September ${String(ctx.year)}`,
    description: [lead, ...contextSentences(ctx)].join(" ") + gap,
    notes,
    sources: [commentSource(t), DFE_SOURCE],
    columns: TESTIMONY_COLUMNS,
    rows,
    plot: (width) => rangeLanes(lanes, { width, xLabel: "Cases per social worker →" }),
    key,
    page: `/testimony/${t.id}/`,
    headline: range
      ? {
          value: range.replace(" to ", "–"),
          label: `cases, in ${account(t)}; ${where}'s official average ${officialText}`,
        }
      : { value: officialText, label: `${where}'s official average caseload, ${String(ctx.year)}` },
  };
}

/** Every testimony on one chart: each against its council, England and all councils at its year's count. */
export function testimonyOverview(testimony: readonly Testimony[]): ChartSpec {
  const lanes: Lane[] = [];
  const rows: ChartSpec["rows"][number][] = [];
  for (const t of testimony) {
    const ctx = contextFor(t);
    const label = `${t.name}, ${shortDate(t.date)}`;
    const points: LanePoint[] = [];
    if (ctx.council?.value != null)
      points.push({
        value: ctx.council.value,
        color: COUNCIL,
        title: `${ctx.council.name}, 30 Sep ${String(ctx.year)}: ${dp1(ctx.council.value)} (DfE)`,
      });
    if (ctx.england !== null)
      points.push({
        value: ctx.england,
        color: ENGLAND,
        symbol: "diamond",
        title: `England, 30 Sep ${String(ctx.year)}: ${dp1(ctx.england)} (DfE)`,
      });
    const low = t.caseloadLow ?? t.caseloadHigh;
    const high = t.caseloadHigh ?? t.caseloadLow;
    const s = ctx.spread;
    lanes.push({
      label,
      ...(s
        ? {
            spread: {
              ...s,
              title: `All councils, 30 Sep ${String(ctx.year)}: lowest ${dp1(s.min)}, median ${dp1(s.median)}, highest ${dp1(s.max)}`,
            },
          }
        : {}),
      ...(low !== null && high !== null
        ? {
            range: {
              low,
              high,
              color: TESTIMONY,
              label: low === high ? String(low) : `${String(low)}–${String(high)}`,
              title: `${account(t)}: ${rangeText(t) ?? ""} cases`,
            },
          }
        : {}),
      points,
    });
    rows.push({
      id: t.id,
      name: t.name,
      date: t.date,
      caseload_low: low,
      caseload_high: high,
      council: ctx.council?.name ?? "none named",
      time_period: ctx.year,
      council_caseload_fte: ctx.council?.value ?? null,
      england_caseload_fte: ctx.england,
      councils_min: s?.min ?? null,
      councils_median: s?.median ?? null,
      councils_max: s?.max ?? null,
    });
  }
  const withFigures = testimony.filter((t) => t.caseloadLow !== null || t.caseloadHigh !== null);
  const highest = Math.max(...withFigures.map((t) => contextFor(t).spread?.max ?? 0));
  const allAbove =
    withFigures.length > 0 &&
    withFigures.every((t) => (t.caseloadLow ?? t.caseloadHigh ?? 0) > (contextFor(t).spread?.max ?? Infinity));
  const figureWords = withFigures.map((t) => `${t.name} (${rangeText(t) ?? ""})`);
  return {
    chart: "testimony-ranges",
    scope: "all",
    title: allAbove
      ? "The caseloads commenters describe lie above every council's official average that year"
      : "What commenters say beside the official caseload figures",
    subtitle: "Cases per social worker; official figures at the 30 September count of the year of each comment",
    description:
      `${String(testimony.length)} comments are quoted; ${String(withFigures.length)} give a caseload figure: ${listJoin(figureWords)}. ` +
      (withFigures.length > 0
        ? `The highest official council average in ${new Set(withFigures.map((t) => contextFor(t).year)).size > 1 ? "those years" : "that year"} was ${dp1(highest)}${allAbove ? ", below the lowest figure any of them gives" : ""}. `
        : "") +
      `Each lane shows the spread of all councils' official averages that year, England's average, the commenter's council where named, and the range the commenter gives.`,
    notes: [
      "Official figures are council-wide averages; a commenter describes their own or their team's caseload. The two measure different things.",
      "Testimony is unverified and quoted as published. Comments without a figure are shown with the official context only.",
    ],
    sources: [DFE_SOURCE, { name: "Reader comments on the articles listed on the sources page", licence: "quoted" }],
    columns: [
      { key: "name", label: "Commenter", format: "text" },
      { key: "date", label: "Comment date", format: "text" },
      { key: "caseload_low", label: "Caseload stated, low", format: "int" },
      { key: "caseload_high", label: "Caseload stated, high", format: "int" },
      { key: "council", label: "Council named", format: "text" },
      { key: "time_period", label: "Count year", format: "text" },
      { key: "council_caseload_fte", label: "Council average", format: "dp1" },
      { key: "england_caseload_fte", label: "England average", format: "dp1" },
      { key: "councils_min", label: "Lowest council", format: "dp1" },
      { key: "councils_median", label: "Median council", format: "dp1" },
      { key: "councils_max", label: "Highest council", format: "dp1" },
    ],
    rows,
    plot: (width) => rangeLanes(lanes, { width, xLabel: "Cases per social worker →" }),
    key: [
      { label: "Caseload the commenter describes", color: TESTIMONY, shape: "bar" },
      { label: "Commenter's council (DfE)", color: COUNCIL, shape: "dot" },
      { label: "England (DfE)", color: ENGLAND, shape: "diamond" },
      SPREAD_KEY,
    ],
    page: "/testimony/",
    ...(withFigures.length > 0
      ? {
          headline: {
            value: `${String(Math.min(...withFigures.map((t) => t.caseloadLow ?? t.caseloadHigh ?? 0)))}+`,
            label: `cases described by commenters; highest official council average ${dp1(highest)}`,
          },
        }
      : {}),
  };
}

/** "Warwickshire, Jul 2018" or "No council named, Sep 2018". */
const figureLabel = (f: ReportedFigure): string =>
  `${f.councilName ?? "No council named"}, ${shortDate(f.statedDate).replace(/^\d+ /, "")}`;

/** Reported figures of some measures beside the official counts either side of the statement. */
function reportedChart(
  chart: string,
  figures: readonly ReportedFigure[],
  unit: { axis: string; format: (n: number) => string; name: string; subtitle: string },
): ChartSpec {
  const lanes: Lane[] = [];
  const seen = new Map<string, number>();
  for (const f of figures) {
    let label = figureLabel(f);
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    if (n > 1) label = `${label} (${String(n)})`;
    const points: LanePoint[] = [];
    const counts = [
      { c: f.officialBefore, symbol: "circle" as const, when: "count before the statement" },
      { c: f.officialAfter, symbol: "diamond" as const, when: "count after the statement" },
    ];
    const years = new Set<number>();
    for (const { c, symbol, when } of counts) {
      if (typeof c.year !== "number" || c.value === null || years.has(c.year)) continue;
      years.add(c.year);
      points.push({
        value: c.value,
        color: COUNCIL,
        symbol: f.officialBefore.year === f.officialAfter.year ? "circle" : symbol,
        title: `${f.councilName ?? ""}, DfE ${when}, 30 Sep ${String(c.year)}: ${unit.format(c.value)}`,
      });
    }
    const low = f.valueLow ?? f.valueHigh;
    const high = f.valueHigh ?? f.valueLow;
    lanes.push({
      label,
      ...(low !== null && high !== null
        ? {
            range: {
              low,
              high,
              color: REPORTED,
              title: `Reported (${f.statedBy}): “${f.words}” read as ${unit.format(low)}${high !== low ? ` to ${unit.format(high)}` : ""}; ${f.verdict}`,
            },
          }
        : { missing: "No number stated" }),
      points,
    });
  }
  const counts = (k: ReportedFigure["verdictKind"]): number => figures.filter((f) => f.verdictKind === k).length;
  const differs = figures.filter((f) => f.verdictKind === "differs");
  return {
    chart,
    scope: "england",
    title: `${unit.name}: ${String(counts("matches"))} of ${String(figures.length)} reported figures match DfE's, ${String(counts("differs"))} differ and ${String(counts("cannot be checked"))} cannot be checked`,
    subtitle: unit.subtitle,
    description:
      `Of ${String(figures.length)} ${unit.name.toLowerCase()} figures reported in the news, ${String(counts("matches"))} match the official DfE value at the 30 September count, ${String(counts("differs"))} differ and ${String(counts("cannot be checked"))} cannot be checked.` +
      (differs.length > 0
        ? ` ${differs.map((f) => `${f.councilName ?? "A figure"} (“${f.words}”) ${f.verdict}`).join("; ")}.`
        : ""),
    notes: [
      "A figure matches when the official value, rounded as the figure was stated, lies in its range; otherwise the gap is measured to the nearer count either side of the statement.",
      "DfE figures are council-wide averages at 30 September; a reported figure may describe a team, a target or another date, so a difference is not by itself an error.",
    ],
    sources: [DFE_SOURCE, { name: "News articles listed on the sources page", licence: "quoted" }],
    columns: [
      { key: "id", label: "Figure", format: "text" },
      { key: "council", label: "Council", format: "text" },
      { key: "words", label: "Words reported", format: "text" },
      { key: "value_low", label: "Reported, low", format: "dp1" },
      { key: "value_high", label: "Reported, high", format: "dp1" },
      { key: "stated_date", label: "Stated", format: "text" },
      { key: "official_before_year", label: "Count before", format: "text" },
      { key: "official_before", label: "DfE before", format: "dp1" },
      { key: "official_after_year", label: "Count after", format: "text" },
      { key: "official_after", label: "DfE after", format: "dp1" },
      { key: "verdict", label: "Verdict", format: "text" },
    ],
    rows: figures.map((f) => ({
      id: f.id,
      council: f.councilName ?? "none named",
      words: f.words,
      value_low: f.valueLow,
      value_high: f.valueHigh,
      stated_date: f.statedDate,
      official_before_year: f.officialBefore.year === null ? null : String(f.officialBefore.year),
      official_before: f.officialBefore.value,
      official_after_year: f.officialAfter.year === null ? null : String(f.officialAfter.year),
      official_after: f.officialAfter.value,
      verdict: f.verdict,
    })),
    plot: (width) => rangeLanes(lanes, { width, xLabel: unit.axis }),
    key: [
      { label: "Figure reported", color: REPORTED, shape: "bar" },
      { label: "DfE count before the statement", color: COUNCIL, shape: "dot" },
      { label: "DfE count after", color: COUNCIL, shape: "diamond" },
    ],
    page: "/reported/",
    headline: {
      value: `${String(counts("matches"))} of ${String(figures.length)}`,
      label: `reported ${unit.name.toLowerCase()} figures match DfE's official value`,
    },
  };
}

/** Reported caseload figures (chart "reported-vs-official-caseload", scope "england"). */
export const reportedCaseloadChart = (): ChartSpec =>
  reportedChart(
    "reported-vs-official-caseload",
    allReported().filter((f) => f.measure === "caseload_fte"),
    {
      axis: "Cases per social worker →",
      format: dp1,
      name: "Caseload",
      subtitle: "Cases per social worker: figures reported in the news and DfE's average caseload at 30 September",
    },
  );

/** Reported agency, vacancy and turnover rates (chart "reported-vs-official-rates", scope "england"). */
export const reportedRatesChart = (): ChartSpec =>
  reportedChart(
    "reported-vs-official-rates",
    allReported().filter((f) => /_rate_fte$/.test(f.measure)),
    {
      axis: "Per cent →",
      format: (n) => `${dp1(n)}%`,
      name: "Workforce rate",
      subtitle: "Agency and vacancy rates (%): figures reported in the news and DfE's at 30 September",
    },
  );

/** Every chart of the testimony and reported-figures pages. */
export function testimonyCharts(): ChartSpec[] {
  const testimony = allTestimony();
  return [
    ...testimony.map(testimonyChart),
    testimonyOverview(testimony),
    reportedCaseloadChart(),
    reportedRatesChart(),
  ];
}
