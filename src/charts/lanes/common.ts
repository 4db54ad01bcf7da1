/** What the testimony charts share: colours, dates, the source of a comment and the table's columns. */
import type { ChartSource, KeyItem } from "../../lib/chart/types.ts";
import { getSource, type Testimony } from "../../lib/data/reported.ts";
import { missingReason, type OfficialContext } from "../../lib/testimony/context.ts";
import { dp1, longDate, shortMonth } from "../../lib/domain/format.ts";

export const TESTIMONY = "var(--color-testimony)";

export const COUNCIL = "var(--color-council)";

export const ENGLAND = "var(--color-england)";

const COMPARATOR = "var(--color-comparator)";

export const REPORTED = "var(--color-reported)";

/** "Darcy, 22 Sep 2018" style short date. */
export const shortDate = (iso: string): string => {
  const [y = "", , d = ""] = iso.split("-");
  const month = shortMonth(iso);
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
export const account = (t: Testimony): string => `${t.name}${t.name.endsWith("s") ? "’" : "’s"} account`;

export const TESTIMONY_COLUMNS = [
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
export function contextSentences(ctx: OfficialContext): string[] {
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

export const SPREAD_KEY: KeyItem = {
  label: "All councils: lowest to highest, middle half, median",
  color: COMPARATOR,
  shape: "bar",
};
