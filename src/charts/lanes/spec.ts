/** One chart per testimony: its range against its council's, England's and every council's caseload ("testimony-range"). */
import type { ChartSpec, KeyItem } from "../../lib/chart/types.ts";
import { type Testimony } from "../../lib/data/reported.ts";
import { contextFor, missingReason, rangeText, type OfficialContext } from "../../lib/testimony/context.ts";
import { dp1, longDate } from "../../lib/domain/format.ts";
import { DFE_SOURCE } from "../../lib/chart/sources.ts";
import { rangeLanes, type Lane } from "./plot.ts";
import {
  TESTIMONY,
  COUNCIL,
  ENGLAND,
  commentSource,
  account,
  TESTIMONY_COLUMNS,
  contextSentences,
  SPREAD_KEY,
} from "./common.ts";

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
