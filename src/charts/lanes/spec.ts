/** One chart per testimony: its range against its council's, England's and every council's caseload ("testimony-range"). */
import type { ChartSpec, KeyItem } from "../../lib/chart/types.ts";
import { type Testimony } from "../../lib/data/reported.ts";
import { contextFor, rangeText, statedText } from "../../lib/testimony/context.ts";
import { dp1, longDate } from "../../lib/domain/format.ts";
import { DFE_SOURCE } from "../../lib/chart/sources.ts";
import { rangeLanes } from "./plot.ts";
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

import { testimonyLanes } from "./testimonyLanes.ts";

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
    ? `${t.name}'s comment of ${longDate(t.date)} describes caseloads of ${statedText(t) ?? range} (${t.interpretation}).`
    : `${t.name}'s comment of ${longDate(t.date)} gives no caseload figure.`;
  const gap =
    t.caseloadLow !== null && ctx.spread
      ? ` The lowest figure in the comment is ${dp1(t.caseloadLow - ctx.spread.max)} above the highest council average that year${ctx.england !== null ? ` and ${dp1(t.caseloadLow - ctx.england)} above England's` : ""}.`
      : "";
  const notes = [
    "The official figure is a council-wide average at the 30 September count: cases held by case-holding social workers (agency staff included) divided by their full-time equivalent number. A commenter's caseload is one person's or one team's, so the two measure different things.",
    `The comment is read against the 30 September ${String(ctx.year)} count, the last count on or before the day it was posted; it does not say exactly when the caseloads it describes were held.`,
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
