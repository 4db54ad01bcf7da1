/**
 * dist/_headers as a static host applies it (Netlify's rule: every matching rule applies, a later header replaces
 * an earlier one; see netlifyHeaders.ts), in Chromium: search works on /search/ under its CSP (Pagefind needs
 * 'wasm-unsafe-eval'), an embed can be framed by a page on another origin, and a normal page cannot.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium, serveDir, type Served } from "./harness.ts";
import { headersFor, netlifyHeaders, parseHeaders } from "./netlifyHeaders.ts";

const DIST = join(process.cwd(), "dist");
const EMBED = "/embed/caseload-trend/walsall/";
const PAGE = "/councils/walsall/";

let browser: Browser;
let site: Served;
let other: Served;

beforeAll(async () => {
  if (!existsSync(join(DIST, "_headers")) || !existsSync(join(DIST, "pagefind")))
    throw new Error("dist/ is missing: run `npm run build`");
  site = await serveDir(DIST, netlifyHeaders(join(DIST, "_headers")));
  const dir = mkdtempSync(join(tmpdir(), "cc-framer-"));
  const frame = (src: string): string =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Framer</title></head>` +
    `<body><iframe title="framed" src="${site.origin}${src}" width="600" height="400"></iframe></body></html>`;
  writeFileSync(join(dir, "embed.html"), frame(EMBED));
  writeFileSync(join(dir, "page.html"), frame(PAGE));
  other = await serveDir(dir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await site.close();
  await other.close();
});

/** Open a page, collecting console errors (CSP violations are reported there). */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: "load" });
  return { page, errors };
}

/** Whether the page's iframe shows the framed document (false when the browser refused to frame it). */
async function framedContent(page: Page): Promise<boolean> {
  await page.waitForTimeout(1500);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame || !frame.url().startsWith(site.origin)) return false;
  return frame.evaluate(() => document.querySelector("h1, svg, main") !== null).catch(() => false);
}

describe("the rules, as a host matches them", () => {
  const rules = parseHeaders("/*\n  A: 1\n  CSP: all\n\n/search/*\n  CSP: search\n\n/embed/:chart/*\n  CSP: embed\n");
  it("a later matching rule replaces a header; others are kept", () => {
    expect(headersFor(rules, "/search/")).toEqual({ A: "1", CSP: "search" });
    expect(headersFor(rules, "/embed/x/walsall/")).toEqual({ A: "1", CSP: "embed" });
    expect(headersFor(rules, "/councils/walsall/")).toEqual({ A: "1", CSP: "all" });
  });
});

describe("dist/_headers in Chromium", () => {
  it("search works on /search/: Pagefind loads under the CSP and finds Walsall", async () => {
    const { page, errors } = await open(`${site.origin}/search/`);
    const csp = (await page.request.get(`${site.origin}/search/`)).headers()["content-security-policy"] ?? "";
    expect(csp).toContain("'wasm-unsafe-eval'");
    await page.fill("#q", "Walsall");
    await page.waitForFunction(() => (document.getElementById("search-results")?.children.length ?? 0) > 0, null, {
      timeout: 30_000,
    });
    expect(await page.textContent("#search-status")).toMatch(/result/);
    expect(errors.filter((e) => /Content Security Policy|WebAssembly/i.test(e))).toEqual([]);
    await page.close();
  });
  it("Pagefind's own files carry 'wasm-unsafe-eval' too", async () => {
    const r = await fetch(`${site.origin}/pagefind/pagefind.js`);
    expect(r.headers.get("content-security-policy")).toContain("'wasm-unsafe-eval'");
  });
  it("an embed can be framed by a page on another origin", async () => {
    const { page } = await open(`${other.origin}/embed.html`);
    expect(await framedContent(page)).toBe(true);
    await page.close();
  });
  it("a normal page cannot be framed by another origin", async () => {
    const { page, errors } = await open(`${other.origin}/page.html`);
    expect(await framedContent(page)).toBe(false);
    expect(errors.join("\n")).toMatch(/frame-ancestors/);
    await page.close();
  });
});
