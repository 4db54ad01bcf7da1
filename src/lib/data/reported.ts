/**
 * Typed readers over data/reported_figures.csv, data/testimony.csv and data/sources.csv (written by
 * src/pipeline/reported). Each table is parsed once and indexed once. Testimony and quotes are untrusted text:
 * render them as text (Astro escapes `{expressions}`), never with set:html.
 */
import { list, num, readTable } from "./load.ts";

/** An official DfE value at a 30 September count, or "none" when the statement falls outside the series. */
export interface OfficialCount {
  /** Count year; "none" outside the series; null when not looked up (no council, or measure "other"). */
  year: number | "none" | null;
  value: number | null;
  status: string;
}

/** A caseload or workforce figure reported in the news, beside the official values and a verdict. */
export interface ReportedFigure {
  id: string;
  councilSlug: string | null;
  councilName: string | null;
  measure: "caseload_fte" | "agency_rate_fte" | "vacancy_rate_fte" | "turnover_rate_fte" | "other";
  words: string;
  valueLow: number | null;
  valueHigh: number | null;
  interpretation: string;
  scope: "council-wide average" | "team" | "individual" | "target" | "other";
  statedBy: string;
  statedDate: string;
  statedDatePrecision: string;
  dateBasis: string;
  note: string;
  sourceId: string;
  officialBefore: OfficialCount;
  officialAfter: OfficialCount;
  verdictKind: "matches" | "differs" | "cannot be checked";
  verdict: string;
  difference: number | null;
  comparedYear: number | null;
}

/** A reader comment about caseloads or workload. */
export interface Testimony {
  id: string;
  name: string;
  date: string;
  councilSlug: string | null;
  caseloadLow: number | null;
  caseloadHigh: number | null;
  interpretation: string;
  role: string;
  kind: "first-hand" | "opinion" | "submitted";
  quote: string;
  sourceId: string;
  /** Submitted figures (sent to the editors directly, published without names): team type, cases, FTE. Always set
   * by the reader; optional so that hand-made rows in tests need not spell them out. */
  teamType?: string;
  cases?: number | null;
  fte?: number | null;
  /** Submitted figures: "yes" (consent to publish without a name; the pipeline writes no row without it). */
  consent?: string;
  /** Submitted figures: "yes" once moderated (the pipeline writes no row before). */
  moderated?: string;
}

/** A news article quoted for figures or testimony. */
export interface Source {
  id: string;
  publication: string;
  publicationBasis: string;
  title: string;
  date: string;
  datePrecision: string;
  dateBasis: string;
  url: string | null;
  locatedUrl: string | null;
  file: string;
  councilSlugs: string[];
  figures: number;
  testimonies: number;
}

const text = (r: Record<string, string>, k: string): string => r[k] ?? "";
const orNull = (s: string): string | null => (s === "" ? null : s);
/** snake_case column -> camelCase field. */
const camel = (k: string): string => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
/** Copy the named text columns under camelCase names. */
const texts = (r: Record<string, string>, keys: string[]): Record<string, string> =>
  Object.fromEntries(keys.map((k) => [camel(k), text(r, k)]));

function official(r: Record<string, string>, prefix: string): OfficialCount {
  const year = text(r, `${prefix}_year`);
  return {
    year: year === "" ? null : year === "none" ? "none" : Number(year),
    value: num(r[prefix]),
    status: text(r, `${prefix}_status`),
  };
}

const FIGURE_TEXT = "id measure words interpretation scope stated_by stated_date stated_date_precision date_basis note source_id verdict_kind verdict";
const toFigure = (r: Record<string, string>): ReportedFigure =>
  ({
    ...texts(r, FIGURE_TEXT.split(" ")),
    councilSlug: orNull(text(r, "council_slug")),
    councilName: orNull(text(r, "council_name")),
    valueLow: num(r["value_low"]),
    valueHigh: num(r["value_high"]),
    officialBefore: official(r, "official_before"),
    officialAfter: official(r, "official_after"),
    difference: num(r["difference"]),
    comparedYear: num(r["compared_year"]),
  }) as ReportedFigure;

const toTestimony = (r: Record<string, string>): Testimony =>
  ({
    ...texts(r, "id name date interpretation role kind quote source_id team_type consent moderated".split(" ")),
    councilSlug: orNull(text(r, "council_slug")),
    caseloadLow: num(r["caseload_low"]),
    caseloadHigh: num(r["caseload_high"]),
    cases: num(r["cases"]),
    fte: num(r["fte"]),
  }) as Testimony;

const toSource = (r: Record<string, string>): Source =>
  ({
    ...texts(r, "id publication publication_basis title date date_precision date_basis file".split(" ")),
    url: orNull(text(r, "url")),
    locatedUrl: orNull(text(r, "located_url")),
    councilSlugs: list(r["council_slugs"]),
    figures: num(r["figures"]) ?? 0,
    testimonies: num(r["testimonies"]) ?? 0,
  }) as Source;

interface Index {
  figures: ReportedFigure[];
  figuresBySlug: Map<string, ReportedFigure[]>;
  testimony: Testimony[];
  testimonyBySlug: Map<string, Testimony[]>;
  testimonyById: Map<string, Testimony>;
  sources: Source[];
  sourcesById: Map<string, Source>;
}

let index: Index | undefined;

function group<T>(rows: T[], key: (row: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k !== null) out.set(k, [...(out.get(k) ?? []), row]);
  }
  return out;
}

function build(): Index {
  if (index) return index;
  const figures = readTable("reported_figures").map(toFigure);
  const testimony = readTable("testimony").map(toTestimony);
  const sources = readTable("sources").map(toSource);
  index = {
    figures,
    figuresBySlug: group(figures, (f) => f.councilSlug),
    testimony,
    testimonyBySlug: group(testimony, (t) => t.councilSlug),
    testimonyById: new Map(testimony.map((t) => [t.id, t])),
    sources,
    sourcesById: new Map(sources.map((s) => [s.id, s])),
  };
  return index;
}

/** Every reported figure written by the pipeline, in curated order. */
export const allReported = (): ReportedFigure[] => build().figures;
/** Reported figures about one council ([] when none). */
export const reportedFor = (slug: string): ReportedFigure[] => build().figuresBySlug.get(slug) ?? [];
/** Every testimony row. */
export const allTestimony = (): Testimony[] => build().testimony;
/** Testimony from commenters who name this council as where they worked ([] when none). */
export const testimonyFor = (slug: string): Testimony[] => build().testimonyBySlug.get(slug) ?? [];
/** One testimony by id, or undefined. */
export const getTestimony = (id: string): Testimony | undefined => build().testimonyById.get(id);
/** Every source article. */
export const allSources = (): Source[] => build().sources;
/** One source by id, or undefined. */
export const getSource = (id: string): Source | undefined => build().sourcesById.get(id);
