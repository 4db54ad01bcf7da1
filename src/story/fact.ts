/**
 * Facts the articles state, looked up in the typed readers. The MDX components (src/components/story/) call
 * `fact(tag, props)`: it returns the text to print, or THROWS if the data has no such value, or if the article's
 * `expect`ed text differs from the data. The unit test (lookup.test.ts) scans every article's MDX for the same
 * tags and runs them through the same function, so a wrong figure fails the tests as well as the build.
 */
import { englandSeries, seriesFor, type Measure, MEASURES } from "../lib/data/workforce.ts";
import { allInspections, type Inspection } from "../lib/data/inspections.ts";
import { getCouncil } from "../lib/data/councils.ts";
import { allReported, getSource, getTestimony, type ReportedFigure } from "../lib/data/reported.ts";
import { dp1, longDate, round1 } from "../lib/domain/format.ts";
import { councilYears } from "./findings.ts";
import { formatMeasure, isRate } from "../lib/domain/measures.ts";
import { rankText, rankWithTies, tiedWith } from "../lib/domain/rank.ts";

/** Props as written in MDX: strings, or numbers from `{2018}`. */
export type FactProps = Record<string, string | number | undefined>;

/** Tags that print a fact and must carry `expect` in an article. */
export const FACT_TAGS = ["Official", "Grade", "Reported", "Rank", "Change", "Count"] as const;
export type FactTag = (typeof FACT_TAGS)[number];

const str = (props: FactProps, key: string): string => {
  const v = props[key];
  if (v === undefined || v === "") throw new Error(`missing prop ${key}`);
  return String(v);
};

const MEASURE_KEYS = new Set<string>(MEASURES.map((m) => m.key));

/** The official value of a measure for a council (or "england") at a count year, or throw. */
function officialValue(council: string, measure: string, year: number): number {
  if (!MEASURE_KEYS.has(measure)) throw new Error(`unknown measure ${measure}`);
  if (council !== "england" && !getCouncil(council)) throw new Error(`unknown council ${council}`);
  const series = council === "england" ? englandSeries(measure as Measure) : seriesFor(council, measure as Measure);
  const point = series.find((p) => p.year === year);
  if (!point) throw new Error(`no DfE row for ${council} in ${String(year)}`);
  if (point.value === null)
    throw new Error(`DfE published no ${measure} for ${council} in ${String(year)} (symbol ${point.status})`);
  return point.value;
}

function inspection(props: FactProps): Inspection {
  const id = str(props, "id");
  const found = allInspections().find((i) => i.id === id);
  if (!found) throw new Error(`no inspection ${id}`);
  return found;
}

function reported(props: FactProps): ReportedFigure {
  const id = str(props, "id");
  const f = allReported().find((r) => r.id === id);
  if (!f) throw new Error(`no reported figure ${id}`);
  return f;
}

/** The text a fact tag prints. Throws if the data does not hold it. */
export function resolveFact(tag: FactTag, props: FactProps): string {
  switch (tag) {
    case "Official": {
      const measure = str(props, "measure");
      return formatMeasure(measure, officialValue(str(props, "council"), measure, Number(str(props, "year"))));
    }
    case "Change": {
      // Difference between two years' official values, to 1 dp, without sign ("6.5"); `direction` checks the sign.
      const measure = str(props, "measure");
      const council = str(props, "council");
      const a = officialValue(council, measure, Number(str(props, "from")));
      const b = officialValue(council, measure, Number(str(props, "to")));
      const diff = round1(b - a);
      const dir = diff < 0 ? "fall" : diff > 0 ? "rise" : "no change";
      if (props["direction"] !== undefined && props["direction"] !== dir)
        throw new Error(`expected a ${String(props["direction"])} but the data shows a ${dir}`);
      return isRate(measure) ? `${dp1(Math.abs(diff))} percentage points` : dp1(Math.abs(diff));
    }
    case "Grade": {
      const field = props["field"] === undefined ? "grade" : String(props["field"]);
      const i = inspection(props);
      if (field === "grade") return i.overall.toLowerCase();
      if (field === "inspected") {
        if (i.inspectionDate === null) throw new Error(`inspection ${i.id} has no inspection date`);
        return longDate(i.inspectionDate);
      }
      if (field === "published") return longDate(i.publicationDate);
      if (field.startsWith("ilacs_") || field.startsWith("sif_")) {
        const g = i.judgements[field];
        if (g === undefined) throw new Error(`inspection ${i.id} has no judgement ${field}`);
        return g.toLowerCase();
      }
      throw new Error(`unknown Grade field ${field}`);
    }
    case "Reported": {
      const f = reported(props);
      const field = props["field"] === undefined ? "range" : String(props["field"]);
      const num = (v: number | null, what: string): number => {
        if (v === null) throw new Error(`reported figure ${f.id} has no ${what}`);
        return v;
      };
      switch (field) {
        case "range": {
          const lo = num(f.valueLow, "value_low");
          const hi = num(f.valueHigh, "value_high");
          return lo === hi ? String(lo) : `${String(lo)}–${String(hi)}`;
        }
        case "verdict":
          return f.verdict;
        case "difference":
          return dp1(Math.abs(num(f.difference, "difference")));
        case "official-before":
          return formatMeasure(f.measure, num(f.officialBefore.value, "official_before"));
        case "official-after":
          return formatMeasure(f.measure, num(f.officialAfter.value, "official_after"));
        case "before-year":
          return String(
            num(typeof f.officialBefore.year === "number" ? f.officialBefore.year : null, "official_before_year"),
          );
        case "after-year":
          return String(
            num(typeof f.officialAfter.year === "number" ? f.officialAfter.year : null, "official_after_year"),
          );
        case "compared-year":
          return String(num(f.comparedYear, "compared_year"));
        case "date":
          return f.statedDate.length === 10 ? longDate(f.statedDate) : f.statedDate;
        default:
          throw new Error(`unknown Reported field ${field}`);
      }
    }
    case "Count": {
      // "4 of 150": council returns in a year whose average caseload is at least `atLeast`.
      const year = Number(str(props, "year"));
      const atLeast = Number(str(props, "atLeast"));
      const those = councilYears().filter((c) => c.year === year);
      if (those.length === 0) throw new Error(`no council figures for ${String(year)}`);
      return `${String(those.filter((c) => c.value >= atLeast).length)} of ${String(those.length)}`;
    }
    case "Rank": {
      // "joint 23rd highest (with Dudley) of 150": the council's place among every council return that year (joint
      // returns once), ties shared by the one ranking rule.
      const council = str(props, "council");
      const year = Number(str(props, "year"));
      const own = officialValue(council, "caseload_fte", year);
      const those = councilYears().filter((c) => c.year === year);
      const order = props["order"] === "lowest" ? "lowest" : "highest";
      const rank = rankWithTies(
        those.map((c) => c.value),
        own,
        order,
      );
      const others = those.filter((c) => c.value === own && !c.slugs.includes(council)).map((c) => c.name);
      return rankText(rank).replace(` of ${String(rank.total)}`, (of) =>
        others.length ? ` (${tiedWith(others)})${of}` : of,
      );
    }
  }
}

/** The text of a fact tag, checked against `expect` (if given). Throws with the tag and both values on mismatch. */
export function fact(tag: FactTag, props: FactProps): string {
  const attrs = Object.entries(props)
    .map(([k, v]) => `${k}=${typeof v === "number" ? `{${String(v)}}` : `"${String(v)}"`}`)
    .join(" ");
  let text: string;
  try {
    text = resolveFact(tag, props);
  } catch (e) {
    throw new Error(`<${tag} ${attrs} />: ${(e as Error).message}`, { cause: e });
  }
  const expected = props["expect"];
  if (expected !== undefined && String(expected) !== text) {
    throw new Error(
      `Article figure does not match the data: <${tag} ${attrs} /> expects "${String(expected)}" but the data gives "${text}"`,
    );
  }
  return text;
}

/** A testimony row, or throw. */
export function testimony(id: string): NonNullable<ReturnType<typeof getTestimony>> {
  const t = getTestimony(id);
  if (!t) throw new Error(`no testimony ${id}`);
  return t;
}

/** A source row, or throw. */
export function source(id: string): NonNullable<ReturnType<typeof getSource>> {
  const s = getSource(id);
  if (!s) throw new Error(`no source ${id}`);
  return s;
}
