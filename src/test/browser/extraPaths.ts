/** Pages outside the sitemap that browser tests also visit: one embed of each chart kind. */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** The first embed page of each chart kind. */
export function extraPaths(dist: string): string[] {
  const root = join(dist, "embed");
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .flatMap((chart) => {
      const scopes = readdirSync(join(root, chart)).sort();
      return scopes.length > 0 ? [`/embed/${chart}/${scopes[0] ?? ""}/`] : [];
    });
}
