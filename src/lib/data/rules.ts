/**
 * Rules a tidy row must meet beyond its format, written once and used twice: by the pipeline on the raw rows
 * (naming the raw file's line) and by the build on data/ (naming data/'s line). Each returns the problems it finds
 * as { column, reason }; the caller turns the first into a DataError.
 */

/** A problem with one cell of a row. */
export interface Problem {
  column: string;
  reason: string;
}

/** DfE's workforce value columns, under DfE's own names, in the order data/workforce.csv holds them. */
export const VALUE_COLUMNS = [
  "inpost_fte",
  "inpost_headcount",
  "starters_fte",
  "starters_headcount",
  "leavers_fte",
  "leavers_headcount",
  "turnover_rate_fte",
  "turnover_rate_headcount",
  "agency_fte",
  "agency_headcount",
  "agency_rate_fte",
  "agency_rate_headcount",
  "agency_cover_fte",
  "agency_cover_rate_fte",
  "vacancy_fte",
  "vacancy_rate_fte",
  "vacancy_agency_cover_rate_fte",
  "case_holders_fte",
  "cases",
  "caseload_fte",
  "working_days_lost_fte",
  "absence_rate_fte",
] as const;
/** One DfE value column name. */
export type ValueColumn = (typeof VALUE_COLUMNS)[number];

/** Plausible caseload per FTE case-holder: England is about 15-18; beyond 60 is a data error, not a story. */
export const CASELOAD_MAX = 60;

/** DfE symbols that stand in place of a number, with their meaning. Symbols never become 0. */
export const DFE_SYMBOLS: Readonly<Record<string, string>> = {
  x: "not available",
  z: "not applicable",
  u: "low reliability",
  c: "confidential (suppressed)",
  low: "rounds to zero but is not zero",
};

/** A plain decimal as DfE writes it: no exponent, no sign, no thousands separator. */
export const DECIMAL = /^\d+(\.\d+)?$/;

const isRate = (c: string): boolean => c.includes("_rate_");
/** Whole-number columns: headcounts and cases (a fraction there is a typo or a shifted column). */
const isCount = (c: string): boolean => (c.endsWith("_headcount") && !isRate(c)) || c === "cases";

/** Range checks on one value: never negative, rates 0-100, counts whole, caseload 0-60. */
function rangeProblems(v: Readonly<Partial<Record<ValueColumn, number | null>>>): Problem[] {
  const out: Problem[] = [];
  for (const column of VALUE_COLUMNS) {
    const n = v[column];
    if (n === null || n === undefined) continue;
    if (!Number.isFinite(n) || n < 0) out.push({ column, reason: `${String(n)} is negative or not finite` });
    else if (isRate(column) && n > 100) out.push({ column, reason: `rate ${String(n)} is outside 0-100` });
    else if (isCount(column) && !Number.isInteger(n))
      out.push({ column, reason: `${String(n)} is not a whole number (a count)` });
    else if (column === "caseload_fte" && n > CASELOAD_MAX)
      out.push({ column, reason: `caseload ${String(n)} is implausible (expected 0-${String(CASELOAD_MAX)})` });
  }
  return out;
}

/**
 * Rounding slack when a 1-decimal value is recomputed from other 1-decimal values: half a unit of the result plus
 * how far half a unit in each input can move it.
 */
const slack = (sensitivity: number): number => 0.05 + 0.05 * sensitivity + 1e-9;

/** One consistency rule: the published value, what the other columns give, and the slack allowed. */
function ratioProblem(
  column: ValueColumn,
  published: number | null | undefined,
  num: number | null | undefined,
  den: number | null | undefined,
  scale: number,
  sensitivity: (n: number, d: number) => number,
  what: string,
): Problem | null {
  if (published === null || published === undefined || num === null || num === undefined) return null;
  if (den === null || den === undefined || den <= 0) return null;
  const expected = (scale * num) / den;
  if (Math.abs(expected - published) <= slack(sensitivity(num, den))) return null;
  return {
    column,
    reason: `${String(published)} disagrees with ${what} = ${expected.toFixed(2)} (columns swapped or mistyped?)`,
  };
}

/**
 * Consistency within a council's row, within rounding: caseload = cases / case-holding FTE; agency rate = agency /
 * (agency + employed) FTE; vacancy rate = vacancies / (vacancies + employed) FTE. DfE's England and region rows are
 * built differently (their own sums), so only council rows are held to these.
 */
function consistencyProblems(v: Readonly<Partial<Record<ValueColumn, number | null>>>): Problem[] {
  const inpost = v.inpost_fte ?? null;
  const plus = (a: number | null | undefined): number | null =>
    a === null || a === undefined || inpost === null ? null : a + inpost;
  const rules = [
    ratioProblem(
      "caseload_fte",
      v.caseload_fte,
      v.cases,
      v.case_holders_fte,
      1,
      (n, d) => n / (d * d),
      "cases / case_holders_fte",
    ),
    ratioProblem(
      "agency_rate_fte",
      v.agency_rate_fte,
      v.agency_fte,
      plus(v.agency_fte),
      100,
      (_, d) => 200 / d,
      "100 x agency_fte / (agency_fte + inpost_fte)",
    ),
    ratioProblem(
      "vacancy_rate_fte",
      v.vacancy_rate_fte,
      v.vacancy_fte,
      plus(v.vacancy_fte),
      100,
      (_, d) => 200 / d,
      "100 x vacancy_fte / (vacancy_fte + inpost_fte)",
    ),
  ];
  return rules.filter((p): p is Problem => p !== null);
}

/** Every rule a workforce row's values must meet; `level` is DfE's geographic_level. */
export const workforceProblems = (
  level: string,
  v: Readonly<Partial<Record<ValueColumn, number | null>>>,
): Problem[] => [...rangeProblems(v), ...(level === "Local authority" ? consistencyProblems(v) : [])];

/** Hosts whose report links the site publishes (Ofsted's report and file servers). */
export const REPORT_HOSTS: readonly string[] = ["reports.ofsted.gov.uk", "files.ofsted.gov.uk"];
/** Hosts of the news articles the site quotes. */
export const NEWS_HOSTS: readonly string[] = ["www.communitycare.co.uk", "www.stratford-herald.com"];

/** Why a link may not be published ("" = fine): https only, and only the listed hosts. */
export function linkProblem(url: string, hosts: readonly string[]): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `"${url.slice(0, 80)}" is not a URL`;
  }
  if (u.protocol !== "https:") return `link scheme "${u.protocol}" is not allowed (https only)`;
  if (!hosts.includes(u.hostname)) return `link host "${u.hostname}" is not a publisher's host (${hosts.join(", ")})`;
  if (u.username !== "" || u.password !== "") return "link carries credentials";
  return "";
}

/** Today's date (UTC) as YYYY-MM-DD: no published date may be later. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** First and last publication dates of each Ofsted framework (SIF: Nov 2013 to 2018; ILACS: from Jan 2018). */
const FRAMEWORK_SPANS: Readonly<Record<"SIF" | "ILACS", { from: string; to: string | null }>> = {
  SIF: { from: "2013-11-01", to: "2018-12-31" },
  ILACS: { from: "2018-01-01", to: null },
};

/** Date rules for an inspection: order of dates, framework span, nothing after today. */
export function inspectionDateProblems(
  framework: "SIF" | "ILACS",
  r: { inspection_date: string; inspection_end_date: string; publication_date: string },
): Problem[] {
  const out: Problem[] = [];
  const now = today();
  for (const column of ["inspection_date", "inspection_end_date", "publication_date"] as const)
    if (r[column] > now) out.push({ column, reason: `${r[column]} is after today (${now})` });
  if (r.inspection_date !== "" && r.inspection_end_date !== "" && r.inspection_end_date < r.inspection_date)
    out.push({ column: "inspection_end_date", reason: "the inspection ends before it starts" });
  const start = r.inspection_end_date || r.inspection_date;
  if (start !== "" && r.publication_date < start)
    out.push({ column: "publication_date", reason: "publication is before the inspection" });
  const span = FRAMEWORK_SPANS[framework];
  if (r.publication_date < span.from || (span.to !== null && r.publication_date > span.to))
    out.push({
      column: "publication_date",
      reason: `${r.publication_date} is outside the ${framework} framework (${span.from} to ${span.to ?? "now"})`,
    });
  return out;
}
