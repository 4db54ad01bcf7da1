/**
 * Facts of the explainer that come from the context tables (council_context.csv, cla_social_workers_2024.csv),
 * printed by <ContextFact /> and checked like the other article facts: the text is computed from the data at build
 * time, and the build stops if the data lacks it or if the article's `expect` differs. The unit test
 * (contextFacts.test.ts) scans the articles for the same tag and runs each through resolveContextFact.
 */
import { getCouncil, returnName } from "../lib/data/councils.ts";
import {
  allContextRows,
  contextEngland,
  contextFor,
  socialWorkersArea,
  socialWorkersCouncils,
  socialWorkersFor,
  type ContextMeasure,
  type ContextRow,
  type ContextValue,
  CONTEXT_MEASURES,
} from "../lib/data/context.ts";
import { dp1, pct, roundHalfAway } from "../lib/domain/format.ts";

/** Props as written in MDX. */
export type ContextFactProps = Record<string, string | number | undefined>;

const SW = ["sw3_share", "sw3_number", "sw3_total"] as const;
type Measure = ContextMeasure | (typeof SW)[number];

/** Print a measure's value the way the site prints it. */
function formatContext(measure: Measure, value: number): string {
  if (measure === "case_holder_share" || measure === "sw3_share") return pct(value);
  if (measure === "cases_per_cin") return roundHalfAway(value, 2);
  if (measure.endsWith("_per_case_holder_fte") || measure === "caseload_fte" || measure === "cin_rate_per_10k")
    return dp1(value);
  return measure === "case_holders_fte" || measure.endsWith("_fte")
    ? value.toLocaleString("en-GB", { maximumFractionDigits: 1 })
    : Math.round(value).toLocaleString("en-GB");
}

const need = (props: ContextFactProps, key: string): string => {
  const v = props[key];
  if (v === undefined || v === "") throw new Error(`missing prop ${key}`);
  return String(v);
};

function measureOf(props: ContextFactProps): Measure {
  const m = need(props, "measure");
  if (!(CONTEXT_MEASURES as readonly string[]).includes(m) && !(SW as readonly string[]).includes(m))
    throw new Error(`unknown context measure ${m}`);
  return m as Measure;
}

const swValue = (m: (typeof SW)[number], r: { share: ContextValue; number: ContextValue; total: ContextValue }) =>
  m === "sw3_share" ? r.share : m === "sw3_number" ? r.number : r.total;

/** One area's value (area: "england" or a council slug). */
function areaValue(area: string, m: Measure, year: number): ContextValue {
  if ((SW as readonly string[]).includes(m)) {
    if (year !== 2024) throw new Error("the 3+ social workers count exists for 2024 only");
    const r = area === "england" ? socialWorkersArea("England") : socialWorkersFor(area);
    if (!r) throw new Error(`no 2024 social workers row for ${area}`);
    return swValue(m as (typeof SW)[number], r);
  }
  if (area !== "england" && !getCouncil(area)) throw new Error(`unknown council ${area}`);
  const rows: readonly ContextRow[] = area === "england" ? contextEngland() : contextFor(area);
  const row = rows.find((r) => r.year === year);
  if (!row) throw new Error(`no context row for ${area} in ${String(year)}`);
  return row.values[m as ContextMeasure];
}

/** Councils' values in a year (small councils and missing values left out), with their names. */
function councilValues(m: Measure, year: number): { name: string; value: number }[] {
  if ((SW as readonly string[]).includes(m)) {
    const small = new Set(
      allContextRows()
        .filter((r) => r.year === year + 1 && r.small)
        .flatMap((r) => r.councilSlugs),
    );
    return socialWorkersCouncils().flatMap((r) => {
      const v = swValue(m as (typeof SW)[number], r).value;
      return v === null || small.has(r.councilSlug) ? [] : [{ name: returnName([r.councilSlug], r.laName), value: v }];
    });
  }
  return allContextRows().flatMap((r) => {
    const v = r.values[m as ContextMeasure].value;
    return r.level !== "Local authority" || r.year !== year || r.small || v === null
      ? []
      : [{ name: returnName(r.councilSlugs, r.laName), value: v }];
  });
}

/** The text a <ContextFact /> prints. Throws if the data does not hold it. */
export function resolveContextFact(props: ContextFactProps): string {
  const m = measureOf(props);
  const year = Number(need(props, "year"));
  const stat = props["stat"] === undefined ? "value" : String(props["stat"]);
  if (stat === "value") {
    const v = areaValue(need(props, "area"), m, year);
    if (v.value === null) throw new Error(`no value (symbol ${v.status})`);
    return formatContext(m, v.value);
  }
  const all = councilValues(m, year).sort((a, b) => a.value - b.value);
  const pickOne = stat === "lowest" ? all[0] : stat === "highest" ? all.at(-1) : undefined;
  if (stat === "councils") return String(all.length);
  if (!pickOne) throw new Error(`unknown stat ${stat} or no council values`);
  return props["field"] === "name" ? pickOne.name : formatContext(m, pickOne.value);
}

/** The text of a fact, checked against `expect` (if given). */
export function contextFact(props: ContextFactProps): string {
  const attrs = Object.entries(props)
    .map(([k, v]) => `${k}="${String(v)}"`)
    .join(" ");
  let text: string;
  try {
    text = resolveContextFact(props);
  } catch (e) {
    throw new Error(`<ContextFact ${attrs} />: ${(e as Error).message}`, { cause: e });
  }
  const expected = props["expect"];
  if (expected !== undefined && String(expected) !== text && process.env["SYNTHETIC_DATA"] !== "1")
    throw new Error(
      `Article figure does not match the data: <ContextFact ${attrs} /> expects "${String(expected)}" but the data gives "${text}"`,
    );
  return text;
}
