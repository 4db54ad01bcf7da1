/**
 * Cell-level parsers shared by every step: DfE values (number or explanatory symbol), grades and dates.
 * Each throws a plain Error with the reason; callers wrap it into a PipelineError with file/line/column.
 */

/** DfE explore-education-statistics symbols that stand in place of a number, with their meaning. */
import { DFE_SYMBOLS } from "../../lib/data/rules.ts";
import type { RowOf } from "../../lib/data/schema.ts";
export { DFE_SYMBOLS };

/** A parsed DfE value: a number with empty status, or null with the DfE symbol. Symbols never become 0. */
export interface DfeValue {
  value: number | null;
  status: string;
}

/** A plain decimal as DfE writes it. Exponent notation (1e3) is refused: DfE never writes it, a spreadsheet does. */
const NUMBER = /^-?(\d+\.?\d*|\.\d+)$/;

/** Parse a DfE cell: a plain decimal number, or one of DFE_SYMBOLS. Anything else throws. */
export function parseDfeValue(text: string): DfeValue {
  const t = text.trim();
  if (Object.hasOwn(DFE_SYMBOLS, t)) return { value: null, status: t };
  if (t === "") throw new Error("empty cell where a number or DfE symbol belongs");
  if (NUMBER.test(t)) {
    const n = Number(t);
    if (Number.isFinite(n)) return { value: n, status: "" };
  }
  if (/^-?(\d+\.?\d*|\.\d+)e[+-]?\d+$/i.test(t))
    throw new Error(`"${t}" is in exponent notation; DfE writes plain decimals (a spreadsheet rewrote it?)`);
  if (/^[a-z]{1,4}$/i.test(t))
    throw new Error(`unknown DfE symbol "${t}" (known: ${Object.keys(DFE_SYMBOLS).join(", ")})`);
  throw new Error(`"${t}" is not a number`);
}

/** One canonical Ofsted grade: the grades data/inspections.csv allows (src/lib/data/schema.ts). */
export type Grade = RowOf<"inspections">["overall"];

const GRADE_WORDS: Readonly<Record<string, Grade>> = {
  outstanding: "Outstanding",
  good: "Good",
  "requires improvement": "Requires improvement",
  "requires improvement to be good": "Requires improvement",
  inadequate: "Inadequate",
};

/** Normalise an Ofsted grade in any case ("Requires improvement to be good" -> "Requires improvement"). */
export function parseGrade(text: string): Grade {
  const g = GRADE_WORDS[text.trim().toLowerCase()];
  if (g === undefined) throw new Error(`unknown grade "${text}"`);
  return g;
}

/** Sub-judgement: "" or "-" (not judged under that framework) -> "", otherwise a grade. */
export const parseOptionalGrade = (text: string): Grade | "" =>
  text.trim() === "" || text.trim() === "-" ? "" : parseGrade(text);

/** Build an ISO date after checking the day exists (rejects 2021-02-30). */
function isoDate(y: number, m: number, d: number, original: string): string {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) {
    throw new Error(`impossible date "${original}"`);
  }
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** "2018-09-04" or "2018-09-04T00:00:00" (the ODS extracts) -> "2018-09-04". */
export function parseIsoDate(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(T00:00:00)?$/.exec(text.trim());
  if (!m) throw new Error(`"${text}" is not a date (expected YYYY-MM-DD)`);
  return isoDate(Number(m[1]), Number(m[2]), Number(m[3]), text);
}

/** "dd/mm/yyyy" or "dd/mm/yy" (the Data to Insight scrape; yy is 20yy) -> ISO. */
export function parseDmyDate(text: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text.trim());
  if (!m) throw new Error(`"${text}" is not a date (expected dd/mm/yyyy)`);
  // Two-digit years are this century (the scrape writes "27/10/23"); one that lands in the future is refused.
  const twoDigit = (m[3] ?? "").length === 2;
  const y = twoDigit ? 2000 + Number(m[3]) : Number(m[3]);
  if (twoDigit && y > new Date().getUTCFullYear())
    throw new Error(`"${text}": two-digit year "${m[3] ?? ""}" read as ${String(y)} is in the future`);
  return isoDate(y, Number(m[2]), Number(m[1]), text);
}

/** Kebab-case slug of a name: "Bournemouth, Christchurch and Poole" -> "bournemouth-christchurch-and-poole". */
export const slugify = (name: string): string =>
  name
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
