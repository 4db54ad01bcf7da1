/** Every testimony's range in one chart ("testimony-ranges"). */
import type { ChartSpec } from "../../lib/chart/types.ts";
import { type Testimony } from "../../lib/data/reported.ts";
import { contextFor, rangeText } from "../../lib/testimony/context.ts";
import { dp1, listJoin } from "../../lib/domain/format.ts";
import { DFE_SOURCE } from "../../lib/chart/sources.ts";
import { rangeLanes, type Lane, type LanePoint } from "./plot.ts";
import { TESTIMONY, COUNCIL, ENGLAND, shortDate, account, SPREAD_KEY } from "./common.ts";

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
    subtitle: "Cases per social worker; official figures at the last 30 September count on or before each comment",
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
      { key: "date", label: "Comment date", format: "date" },
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
