/**
 * The picker's choice for what a reader typed: an exact name first, then a name that starts with it, then one that
 * holds it anywhere ("upon" finds Kingston upon Thames; "Lyme" the district Newcastle-under-Lyme, in
 * Staffordshire). Case and outer spaces are ignored. The index in `values`, or -1. Pure, for the compare script.
 */
export function bestMatch(values: readonly string[], typed: string): number {
  const q = typed.trim().toLowerCase();
  const vs = values.map((v) => v.toLowerCase());
  for (const ok of [(v: string) => v === q, (v: string) => v.startsWith(q), (v: string) => v.includes(q)]) {
    const i = q ? vs.findIndex(ok) : -1;
    if (i >= 0) return i;
  }
  return -1;
}
