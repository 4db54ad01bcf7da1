/**
 * The ranking rule, written once: a value's place among others, with ties shared. Values equal to the one ranked
 * share its place ("joint 23rd"), the next value takes the place after all of them (competition ranking: 1, 2, 2,
 * 4). Values are compared as published (to one decimal), so two councils both shown as 19.4 are joint.
 */

/** A place in an ordering: `place` (1 = first), how many values share it (`tied`, 1 when alone) and of how many. */
export interface Rank {
  place: number;
  tied: number;
  total: number;
  order: "highest" | "lowest";
}

/** The rank of `own` among `values` (which include it), highest first unless `order` is "lowest". */
export function rankWithTies(values: readonly number[], own: number, order: Rank["order"] = "highest"): Rank {
  const tied = values.filter((v) => v === own).length;
  if (tied === 0) throw new Error(`value ${String(own)} is not among the values ranked`);
  const ahead = values.filter((v) => (order === "highest" ? v > own : v < own)).length;
  return { place: ahead + 1, tied, total: values.length, order };
}

/** 1 -> "1st", 22 -> "22nd", 113 -> "113th". */
export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${String(n)}${s}`;
}

/** "joint 92nd highest of 150" (or "23rd highest of 150" when no other value shares the place). */
export const rankText = (r: Rank): string =>
  `${r.tied > 1 ? "joint " : ""}${ordinal(r.place)} ${r.order} of ${String(r.total)}`;

/** "with Dudley" / "with two others": who shares the place, for prose after rankText ("" when alone). */
export function tiedWith(names: readonly string[]): string {
  if (names.length === 0) return "";
  if (names.length === 1) return `with ${names[0] ?? ""}`;
  const words = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
  return `with ${words[names.length] ?? String(names.length)} others`;
}
