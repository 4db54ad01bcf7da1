/** Pages outside the sitemap that browser tests also visit: one embed and one share page of each chart kind. */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** The embed page and the share page of the first chart of each kind. */
export function extraPaths(dist: string): string[] {
  const root = join(dist, "embed");
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .flatMap((chart) => {
      const scopes = readdirSync(join(root, chart)).sort();
      const first = scopes[0];
      return first === undefined ? [] : [`/embed/${chart}/${first}/`, `/charts/${chart}/${first}/`];
    });
}
