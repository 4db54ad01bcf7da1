/**
 * Every URL in the sitemap (and one embed per chart kind), in Debian's Chromium: no axe violations (WCAG 2.2
 * A/AA), no console errors, no request to any origin but the local server; and with JavaScript off, every chart
 * still has its SVG and its table.
 */
import { describe, expect, it } from "vitest";
import { useSite } from "./site.ts";
import { join } from "node:path";
import { auditPage, sitemapPaths } from "./harness.ts";
import { extraPaths } from "./extraPaths.ts";

const DIST = join(process.cwd(), "dist");
const paths = [...sitemapPaths(DIST), ...extraPaths(DIST)];

const site = useSite(DIST);

describe("every page, JavaScript on", () => {
  it.each(paths)("%s: no axe violations, console errors or other origins", async (path) => {
    const audit = await auditPage(site.browser, site.origin, path);
    expect(audit.violations).toEqual([]);
    expect(audit.errors).toEqual([]);
    expect(audit.foreign).toEqual([]);
  });
});

describe("every page, JavaScript off", () => {
  it.each(paths)("%s: every chart keeps its SVG and table", async (path) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.origin + path, { waitUntil: "load" });
    const charts = await page.$$eval("figure.chart", (figs) =>
      figs.map((f) => ({
        id: f.id,
        svg: f.querySelectorAll("svg").length,
        // An embed leaves a table of more than EMBED_TABLE_ROWS rows to its CSV and full page, and says so.
        table: f.querySelectorAll("table, [data-table-elsewhere]").length,
      })),
    );
    await context.close();
    for (const c of charts) {
      expect(c.svg, `${c.id} svg`).toBeGreaterThan(0);
      expect(c.table, `${c.id} table`).toBeGreaterThan(0);
    }
  });
});
