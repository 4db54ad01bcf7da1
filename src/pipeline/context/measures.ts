/**
 * The derived measures of council_context.csv: each is a ratio of two counts, computed only when both are
 * numbers. A missing input gives no value and the input's DfE symbol (never 0), with the reason in the notes.
 */

/** A council with fewer case-holding FTE than this is flagged small: one person moves its ratios visibly. */
export const SMALL_FTE = 20;

/** An input of a derived measure. */
export interface Input {
  /** Column name, for the reason. */
  name: string;
  value: number | null;
  status: string;
}

/** A derived value: a number with empty status, or null with the symbol and the reason. */
interface Derived {
  value: number | null;
  status: string;
  note: string;
}

/** How each derived column is computed: numerator ÷ denominator × scale, rounded to dp decimals. */
const DERIVED = {
  case_holder_share: {
    num: ["case_holders_fte"],
    den: ["inpost_fte", "agency_fte"],
    scale: 100,
    dp: 2,
  },
  cin_per_case_holder_fte: { num: ["At31_episodes"], den: ["case_holders_fte"], scale: 1, dp: 3 },
  cpp_per_case_holder_fte: { num: ["CPP_At31"], den: ["case_holders_fte"], scale: 1, dp: 3 },
  cla_per_case_holder_fte: { num: ["cla_children_count"], den: ["case_holders_fte"], scale: 1, dp: 3 },
  cases_per_cin: { num: ["cases"], den: ["At31_episodes"], scale: 1, dp: 3 },
  cin_rate_per_10k: { num: ["At31_episodes"], den: ["population_estimate"], scale: 10000, dp: 1 },
} as const;
/** A derived column. */
type DerivedColumn = keyof typeof DERIVED;
/** The derived columns, in output order. */
export const DERIVED_COLUMNS = Object.keys(DERIVED) as DerivedColumn[];

/** Round for the table: enough decimals for any display rounding, no binary noise. */
export const round = (n: number, dp: number): string => String(Number(n.toFixed(dp)));

/** Compute one derived column from the row's inputs (looked up by name). */
export function derive(column: DerivedColumn, get: (name: string) => Input): Derived {
  const rule = DERIVED[column];
  const inputs = [...rule.num, ...rule.den].map(get);
  const missing = inputs.find((i) => i.value === null);
  if (missing) {
    const status = missing.status === "" ? "x" : missing.status;
    return { value: null, status, note: `${column}: needs ${missing.name}, which is ${status}` };
  }
  const sum = (names: readonly string[]): number => names.reduce((n, name) => n + (get(name).value ?? 0), 0);
  const den = sum(rule.den);
  if (den === 0) return { value: null, status: "z", note: `${column}: ${rule.den.join(" + ")} is 0` };
  return { value: (sum(rule.num) / den) * rule.scale, status: "", note: "" };
}
