/**
 * Typed readers over data/reported_figures.csv, data/testimony.csv and data/sources.csv (written by
 * src/pipeline/reported). Each table is parsed once and indexed once. Testimony and quotes are untrusted text:
 * render them as text (Astro escapes `{expressions}`), never with set:html.
 */
import { list, num, readRows } from "./load.ts";
import type { RowOf } from "./schema.ts";

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
  measure: "caseload_fte" | "agency_rate_fte" | "vacancy_rate_fte" | "turnover_rate_fte" | "starters" | "other";
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
  /** The team's caseload the commenter gives, kept apart from their own (null when none). */
  teamLow?: number | null;
  teamHigh?: number | null;
  /** The commenter's words for the team figure ("mid 40s"). */
  teamWords?: string;
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

const orNull = (s: string): string | null => (s === "" ? null : s);

function official(year: string, value: string, status: string): OfficialCount {
  return { year: year === "" ? null : year === "none" ? "none" : Number(year), value: num(value), status };
}

const toFigure = (r: RowOf<"reported_figures">): ReportedFigure => ({
  id: r.id,
  councilSlug: orNull(r.council_slug),
  councilName: orNull(r.council_name),
  measure: r.measure,
  words: r.words,
  valueLow: num(r.value_low),
  valueHigh: num(r.value_high),
  interpretation: r.interpretation,
  scope: r.scope,
  statedBy: r.stated_by,
  statedDate: r.stated_date,
  statedDatePrecision: r.stated_date_precision,
  dateBasis: r.date_basis,
  note: r.note,
  sourceId: r.source_id,
  officialBefore: official(r.official_before_year, r.official_before, r.official_before_status),
  officialAfter: official(r.official_after_year, r.official_after, r.official_after_status),
  verdictKind: r.verdict_kind,
  verdict: r.verdict,
  difference: num(r.difference),
  comparedYear: num(r.compared_year),
});

const toTestimony = (r: RowOf<"testimony">): Testimony => ({
  id: r.id,
  name: r.name,
  date: r.date,
  councilSlug: orNull(r.council_slug),
  caseloadLow: num(r.caseload_low),
  caseloadHigh: num(r.caseload_high),
  teamLow: num(r.team_low),
  teamHigh: num(r.team_high),
  teamWords: r.team_words,
  interpretation: r.interpretation,
  role: r.role,
  kind: r.kind,
  quote: r.quote,
  sourceId: r.source_id,
  teamType: r.team_type,
  cases: num(r.cases),
  fte: num(r.fte),
  consent: r.consent,
  moderated: r.moderated,
});

const toSource = (r: RowOf<"sources">): Source => ({
  id: r.id,
  publication: r.publication,
  publicationBasis: r.publication_basis,
  title: r.title,
  date: r.date,
  datePrecision: r.date_precision,
  dateBasis: r.date_basis,
  url: orNull(r.url),
  locatedUrl: orNull(r.located_url),
  file: r.file,
  councilSlugs: list(r.council_slugs),
  figures: num(r.figures) ?? 0,
  testimonies: num(r.testimonies) ?? 0,
});

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
  const figures = readRows("reported_figures").map(toFigure);
  const testimony = readRows("testimony").map(toTestimony);
  const sources = readRows("sources").map(toSource);
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
