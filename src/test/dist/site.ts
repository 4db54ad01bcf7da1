/** Helpers for tests over the built site in dist/. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** The build output folder (DIST_DIR overrides it, e.g. to run a check over another build for a before figure). */
export const DIST = process.env["DIST_DIR"] ?? join(process.cwd(), "dist");

/** Every file under dist/, as paths relative to it with forward slashes. */
export function distFiles(): string[] {
  if (!existsSync(DIST)) throw new Error("dist/ is missing: run `npm run build` first");
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(DIST, full).split("\\").join("/"));
    }
  };
  walk(DIST);
  return out.sort();
}

/** Every HTML page (Pagefind's own files excluded). */
export const htmlPages = (): string[] => distFiles().filter((f) => f.endsWith(".html") && !f.startsWith("pagefind/"));

/** Text of a built file. */
export const readDist = (file: string): string => readFileSync(join(DIST, file), "utf8");

/** The URL path a built HTML file is served at. */
export const urlPathOf = (file: string): string =>
  `/${file}`.replace(/index\.html$/, "").replace(/\.html$/, "");

/** Does a site path resolve to a built file (directory index, exact file, or .html)? */
export function resolves(path: string): boolean {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? "");
  const candidates = clean.endsWith("/") ? [`${clean}index.html`] : [clean, `${clean}.html`, `${clean}/index.html`];
  return candidates.some((c) => existsSync(join(DIST, c)) && statSync(join(DIST, c)).isFile());
}

/** Page types by URL, for per-type checks and budgets. */
export function pageType(file: string): "home" | "council" | "article" | "embed" | "other" {
  if (file === "index.html") return "home";
  if (/^councils\/[^/]+\/index\.html$/.test(file)) return "council";
  if (/^articles\/[^/]+\/index\.html$/.test(file)) return "article";
  if (file.startsWith("embed/")) return "embed";
  return "other";
}
