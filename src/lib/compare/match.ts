/**
 * The picker's choice for what a reader typed: the name that holds it earliest (one that starts with it first;
 * among equals the first in the list, which is sorted, so an exact name comes before longer ones). "upon" finds
 * Kingston upon Hull, "upon Thames" Kingston upon Thames, "Lyme" the district Newcastle-under-Lyme (in
 * Staffordshire). Case and outer spaces are ignored. The index in `values`, or -1. Pure, for the compare script.
 */
export function bestMatch(values: readonly string[], typed: string): number {
  const q = typed.trim().toLowerCase();
  let best = -1;
  let at = q ? 1e9 : -1;
  values.forEach((v, i) => {
    const j = v.toLowerCase().indexOf(q);
    if (j >= 0 && j < at) [best, at] = [i, j];
  });
  return best;
}
