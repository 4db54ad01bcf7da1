/**
 * The /check/ page's rules, pure so they can be tested without a browser: reading the address (?council=&cases=
 * &fte=, or &hours= converted against a full-time week), which 2021 band a caseload falls in, and the shares.
 * Anything not understood gives a notice and the default; nothing here touches the network or storage.
 */

/** One 2021 band: [from, to, share %, derived (1) or published (0)]. */
export type Band = [number, number, number, number];

/** What the page embeds for the script (see src/pages/check/index.astro). */
export interface CheckData {
  bands: Band[];
  /** England's official average by year. */
  england: Record<string, number>;
  /** The latest year England's average is published for. */
  latest: string;
  /** Hours in a full-time week. */
  week: number;
  /** FTE DfE left out for holding more than 50 cases per FTE. */
  over50: number;
  /** Practitioners' figures: [low, high, year]. */
  figures: [number, number, number][];
}

/** The reader's inputs. cases null = nothing to show yet. */
export interface CheckState {
  council: string;
  cases: number | null;
  fte: number;
}

/** Limits: beyond them a value is taken as a mistake, not a caseload. */
export const MAX_CASES = 150;
/** Smallest FTE taken as a contract rather than a mistake. */
export const MIN_FTE = 0.1;

const num = (s: string | null, re: RegExp): number | null => (s !== null && re.test(s) ? Number(s) : null);

/** Which value in the address was not understood (the page holds the wording of each notice). */
type Notice = "council" | "cases" | "fte";

/** Read the state from the address; every value not understood is reported and replaced by the default. */
export function readState(
  p: URLSearchParams,
  isCouncil: (slug: string) => boolean,
  week: number,
): { state: CheckState; notices: Notice[] } {
  const notices: Notice[] = [];
  const state: CheckState = { council: "", cases: null, fte: 1 };
  const council = p.get("council");
  if (council) {
    // Only a slug of the page's own council list is taken; anything else is never used, only noticed.
    if (isCouncil(council)) state.council = council;
    else notices.push("council");
  }
  const rawCases = p.get("cases");
  if (rawCases) {
    const cases = num(rawCases, /^\d{1,3}(\.\d{1,2})?$/);
    if (cases !== null && cases > 0 && cases <= MAX_CASES) state.cases = cases;
    else notices.push("cases");
  }
  const rawFte = p.get("fte");
  const hours = num(p.get("hours"), /^\d{1,2}(\.\d{1,2})?$/);
  // Hours, when given, win over FTE (the form says so).
  const fte =
    hours !== null
      ? Math.round((hours / week) * 100) / 100
      : rawFte
        ? num(rawFte, /^[01](\.\d{1,3})?$|^\.\d{1,3}$/)
        : 1;
  if (fte !== null && fte >= MIN_FTE && fte <= 1) state.fte = fte;
  else notices.push("fte");
  return { state, notices };
}

/** The address of a state: "?council=walsall&cases=24&fte=1" (council and cases may be empty). */
export const stateQuery = (s: CheckState): string =>
  `?${new URLSearchParams({ council: s.council, cases: String(s.cases ?? ""), fte: String(s.fte) }).toString()}`;

/** The band a caseload per FTE falls in (the last band includes its upper end), or undefined outside 1 to 50. */
export const bandOf = (x: number, bands: readonly Band[]): Band | undefined =>
  bands.find((b, i) => x >= b[0] && (x < b[1] || (i === bands.length - 1 && x <= b[1])));

/** Share (%) of case holders in bands starting at or above `from`. */
export const shareFrom = (bands: readonly Band[], from: number): number =>
  bands.filter((b) => b[0] >= from).reduce((n, b) => n + b[2], 0);

/** 24 -> "24", 26.666 -> "26.7". */
export const numText = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** Replace each {name} in a template with vars[name] (missing names are left blank). */
export const fill = (template: string, vars: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? "");
