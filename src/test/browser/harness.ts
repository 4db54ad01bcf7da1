/** Shared set-up for browser tests: a static server for a folder, Debian's Chromium, and the sitemap's URLs. */
import { createServer, type Server } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "playwright-core";
import { expect } from "vitest";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".xml": "application/xml",
  ".csv": "text/csv; charset=utf-8",
  ".wasm": "application/wasm",
  ".txt": "text/plain",
};

/** A running static server. */
export interface Served {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** Stop it. */
  close: () => Promise<void>;
}

/**
 * Serve a folder on 127.0.0.1 (a free port), gzipping text like a static host would. `headersFor` adds response
 * headers by request path (e.g. a host's _headers rules, see netlifyHeaders.ts).
 */
export async function serveDir(
  root: string,
  headersFor: (path: string) => Record<string, string> = () => ({}),
): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404, { "Content-Type": "text/html" });
      res.end(existsSync(join(root, "404.html")) ? readFileSync(join(root, "404.html")) : "not found");
      return;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    let body = readFileSync(file);
    const headers: Record<string, string> = { ...headersFor(path), "Content-Type": type };
    if (/text|javascript|json|xml|svg/.test(type) && /gzip/.test(String(req.headers["accept-encoding"]))) {
      body = gzipSync(body);
      headers["Content-Encoding"] = "gzip";
    }
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** Debian's Chromium (never a downloaded build), or CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/** The flags this machine needs: no sandbox as root, and no background calls to a network that is closed. */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Launch Chromium for a test. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/** Every page path listed in the built sitemap. */
export function sitemapPaths(dist: string): string[] {
  const index = readFileSync(join(dist, "sitemap-index.xml"), "utf8");
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname);
  return maps.flatMap((m) => {
    const xml = readFileSync(join(dist, m), "utf8");
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => new URL(x[1] ?? "").pathname);
  });
}

/** The axe rule tags for WCAG 2.2 A and AA. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** What one page did wrong: axe violations, console errors, and requests to any other origin. */
export interface Audit {
  violations: string[];
  errors: string[];
  foreign: string[];
}

/** Load origin+path in a fresh page and audit it. */
export async function auditPage(browser: Browser, origin: string, path: string): Promise<Audit> {
  const { AxeBuilder } = await import("@axe-core/playwright");
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith("blob:")) foreign.push(url);
  });
  await page.goto(origin + path, { waitUntil: "load" });
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  await context.close();
  return {
    violations: axe.violations.map(
      (v) =>
        `${v.id} (${v.impact ?? "?"}): ${v.help} — ${String(v.nodes.length)} node(s), first ${v.nodes[0]?.target.join(" ") ?? ""}`,
    ),
    errors,
    foreign,
  };
}

/**
 * Open `hostUrl` (a host page holding one embed) and measure the embed's iframe as the host lays it out (its
 * fallback height, when no listener script resizes it) against the height of the embed's own document.
 */
export async function embedFrameHeights(
  page: Page,
  hostUrl: string,
  embedUrl: string,
): Promise<{ iframe: number; real: number }> {
  await page.goto(hostUrl, { waitUntil: "load" });
  // The iframe loads lazily: wait until its document is there.
  await expect.poll(() => page.frames().some((f) => f.url() === embedUrl), { timeout: 10_000 }).toBe(true);
  const frame = page.frames().find((f) => f.url() === embedUrl);
  if (!frame) throw new Error("no embed frame");
  await frame.waitForLoadState("load");
  const iframe = await page.evaluate(() => document.querySelector("iframe")?.getBoundingClientRect().height ?? 0);
  const real = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  return { iframe, real };
}
