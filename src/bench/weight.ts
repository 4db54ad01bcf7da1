/**
 * Transfer weight of a built page: its HTML, the CSS it links and the JavaScript it loads (following static
 * imports between bundles), each compressed as a static host would send it. Used by the budget tests and the
 * benchmark, so both count bytes the same way.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";

/** Compressed sizes in bytes. */
export interface Weight {
  html: number;
  css: number;
  js: number;
  total: number;
}

const cache = new Map<string, Buffer>();
const read = (dist: string, path: string): Buffer => {
  const key = join(dist, path);
  let hit = cache.get(key);
  if (!hit) {
    hit = existsSync(key) ? readFileSync(key) : Buffer.alloc(0);
    cache.set(key, hit);
  }
  return hit;
};

/** Local stylesheet and script paths a page loads. */
export function assetsOf(html: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="(\/[^"]+)"/g)].map((m) => m[1] ?? "");
  const css2 = [...html.matchAll(/<link\b[^>]*href="(\/[^"]+\.css)"[^>]*rel="stylesheet"/g)].map((m) => m[1] ?? "");
  const js = [...html.matchAll(/<script\b[^>]*src="(\/[^"]+)"/g)].map((m) => m[1] ?? "");
  return { css: [...new Set([...css, ...css2])], js: [...new Set(js)] };
}

/** A script and every bundle it imports statically, as site paths. */
function withImports(dist: string, path: string, seen = new Set<string>()): Set<string> {
  if (seen.has(path)) return seen;
  seen.add(path);
  const text = read(dist, path).toString("utf8");
  const dir = path.slice(0, path.lastIndexOf("/") + 1);
  for (const m of text.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    withImports(dist, new URL(m[1] ?? "", `http://x${dir}`).pathname, seen);
  }
  return seen;
}

/** Compressed weight of one page (a path under dist, e.g. "councils/walsall/index.html"). */
export function pageWeight(dist: string, file: string, method: "gzip" | "brotli" = "gzip"): Weight {
  const squeeze = (b: Buffer): number => (method === "gzip" ? gzipSync(b, { level: 9 }) : brotliCompressSync(b)).length;
  const html = read(dist, `/${file}`);
  const { css, js } = assetsOf(html.toString("utf8"));
  const scripts = new Set<string>();
  for (const s of js) for (const p of withImports(dist, s)) scripts.add(p);
  const w = {
    html: squeeze(html),
    css: css.reduce((n, p) => n + squeeze(read(dist, p)), 0),
    js: [...scripts].reduce((n, p) => n + squeeze(read(dist, p)), 0),
  };
  return { ...w, total: w.html + w.css + w.js };
}
