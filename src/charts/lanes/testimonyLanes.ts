/** The lanes of one testimony's chart: its range, its council's, England's and every council's caseload at the count. */
import type { ChartSpec } from "../../lib/chart/types.ts";
import { type Testimony } from "../../lib/data/reported.ts";
import { missingReason, rangeText, type OfficialContext } from "../../lib/testimony/context.ts";
import { dp1 } from "../../lib/domain/format.ts";
import { type Lane } from "./plot.ts";
import { TESTIMONY, COUNCIL, ENGLAND, account } from "./common.ts";

/** The lanes and rows of one testimony's chart. */
export function testimonyLanes(t: Testimony, ctx: OfficialContext): { lanes: Lane[]; rows: ChartSpec["rows"] } {
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
