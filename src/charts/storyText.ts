/** Small text helpers the story charts share (home page and articles). */
import { dp1, shortMonth } from "../lib/domain/format.ts";

export const CASELOAD_NOTE =
  "DfE's caseload is a council-wide average at 30 September: cases held by case-holding social workers (agency staff included) per full-time-equivalent case-holding social worker. It is not a team's or a person's caseload.";

/** "Walsall (2019), Dudley (2019)" for up to `max` items, else "". */
export const names = (items: readonly { name: string }[], max = 3): string =>
  items.length <= max ? items.map((i) => i.name).join("; ") : "";

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const range = (from: number, to: number): string => `${dp1(from)}–${dp1(to - 0.1)}`;

export const short = (iso: string): string => {
  const [y = ""] = iso.split("-");
  const month = shortMonth(iso);
  return month ? `${month} ${y}` : y;
};

export const span = (low: number, high: number): string =>
  low === high ? String(low) : `${String(low)}–${String(high)}`;
