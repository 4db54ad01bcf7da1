/**
 * The reality check of one council (or England): the official caseload and four measures of what it leaves out,
 * each with the council's value, its region's, England's, the spread of councils and the council's trend. The
 * chart specs and the council page's panel both read this, so they print the same numbers.
 */
import { quantile } from "../../lib/domain/stats.ts";
import { getCouncil } from "../../lib/data/councils.ts";
import {
  allContextRows,
  contextEngland,
  contextFor,
  contextRegion,
  socialWorkersArea,
  socialWorkersCouncils,
  socialWorkersFor,
  type ContextMeasure,
  type ContextRow,
  type ContextValue,
} from "../../lib/data/context.ts";
import { dp1, pct, roundHalfAway } from "../../lib/domain/format.ts";
import { regionName } from "../../lib/council/model.ts";

/** The year of the three-or-more-social-workers count (31 March). */
const SW_YEAR = 2024;

/** A measure of the panel. `sw3` is the 2024 share of children in care with 3+ social workers. */
interface PanelMeasure {
  key: ContextMeasure | "sw3";
  label: string;
  /** The value as printed. */
  format: (n: number) => string;
  /** What it means, in one sentence. */
  means: string;
}

/** The panel's measures, in order: the official caseload first. */
const PANEL_MEASURES: readonly PanelMeasure[] = [
  {
    key: "caseload_fte",
    label: "Official caseload, per case-holding FTE",
    format: dp1,
    means: "DfE's average: cases held ÷ FTE of the social workers, agency included, who hold at least one case.",
  },
  {
    key: "case_holder_share",
    label: "Share of social worker FTE holding cases",
    format: pct,
    means: "Case-holding FTE ÷ all social worker FTE, employed and agency.",
  },
  {
    key: "cin_per_case_holder_fte",
    label: "Children in need per case-holding FTE",
    format: dp1,
    means: "Children in need (31 March) ÷ case-holding FTE (30 September).",
  },
  {
    key: "cases_per_cin",
    label: "Cases recorded per child in need",
    format: (n) => roundHalfAway(n, 2),
    means: "Cases held ÷ children in need; below 1, fewer cases than children.",
  },
  {
    key: "sw3",
    label: `Children in care with 3+ social workers (${String(SW_YEAR)})`,
    format: pct,
    means: `Looked after at 31 March ${String(SW_YEAR)}, with 3+ social workers in the year.`,
  },
];

/** One value with the year it is for. */
export interface YearValue extends ContextValue {
  year: number;
}

/** The spread of council values of one measure in one year (small councils left out). */
interface Spread {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** One line of the panel. */
export interface PanelLine {
  measure: PanelMeasure;
  council: YearValue;
  region: YearValue;
  england: YearValue;
  spread: Spread | null;
  /** The council's own series (empty for sw3: one year only). */
  trend: YearValue[];
}

/** A council's (or England's) reality check. */
export interface Panel {
  scope: string;
  name: string;
  regionName: string;
  year: number;
  lines: PanelLine[];
  /** The council's row in that year (joint, small, notes). */
  row: ContextRow | undefined;
}

const NONE = (year: number): YearValue => ({ year, value: null, status: "x" });

const pick = (rows: readonly ContextRow[], key: ContextMeasure, year: number): YearValue => {
  const r = rows.find((x) => x.year === year);
  return r ? { year, ...r.values[key] } : NONE(year);
};

/** The spread of council rows (joint returns once) of a measure in a year. */
export function spreadOf(values: readonly (number | null)[]): Spread | null {
  const v = values.filter((x): x is number => x !== null).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const q = (p: number): number => quantile(v, p);
  return { n: v.length, min: v[0] ?? 0, q1: q(0.25), median: q(0.5), q3: q(0.75), max: v.at(-1) ?? 0 };
}

/** Councils flagged small (under 20 case-holding FTE) in their latest row: left out of every spread. */
function smallCouncils(): Set<string> {
  const latest = new Map<string, ContextRow>();
  for (const r of allContextRows()) for (const s of r.councilSlugs) latest.set(s, r);
  return new Set([...latest].filter(([, r]) => r.small).map(([s]) => s));
}

let swSpreadMemo: Spread | null | undefined;
/** The spread of council shares of children with 3+ social workers, small councils left out (computed once). */
function swSpread(): Spread | null {
  if (swSpreadMemo === undefined) {
    const small = smallCouncils();
    swSpreadMemo = spreadOf(
      socialWorkersCouncils()
        .filter((r) => !small.has(r.councilSlug))
        .map((r) => r.share.value),
    );
  }
  return swSpreadMemo;
}

function swLine(m: PanelMeasure, scope: string, dfeRegion: string): PanelLine {
  const at = (v: ContextValue | undefined): YearValue => (v ? { year: SW_YEAR, ...v } : NONE(SW_YEAR));
  return {
    measure: m,
    council: scope === "england" ? NONE(SW_YEAR) : at(socialWorkersFor(scope)?.share),
    region: at(socialWorkersArea(dfeRegion)?.share),
    england: at(socialWorkersArea("England")?.share),
    spread: swSpread(),
    trend: [],
  };
}

/** The reality check of a council slug, or of "england"; undefined for a council with no context rows. */
export function panelFor(scope: string): Panel | undefined {
  const c = scope === "england" ? undefined : getCouncil(scope);
  const own = c ? contextFor(c.slug) : contextEngland();
  const last = own.at(-1);
  if (!last) return undefined;
  const year = last.year;
  const dfeRegion = c?.dfeRegionCode ?? "";
  const region = c ? contextRegion(dfeRegion) : [];
  const councils = allContextRows().filter((r) => r.level === "Local authority" && r.year === year && !r.small);
  const lines = PANEL_MEASURES.map((m): PanelLine => {
    if (m.key === "sw3") return swLine(m, scope, dfeRegion);
    const key = m.key;
    return {
      measure: m,
      council: c ? pick(own, key, year) : NONE(year),
      region: c ? pick(region, key, year) : NONE(year),
      england: pick(contextEngland(), key, year),
      spread: spreadOf(councils.map((r) => r.values[key].value)),
      trend: own.map((r) => ({ year: r.year, ...r.values[key] })),
    };
  });
  return {
    scope,
    name: c?.name ?? "England",
    regionName: c ? regionName(dfeRegion) : "",
    year,
    lines,
    row: c ? last : undefined,
  };
}
