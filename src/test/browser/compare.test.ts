/**
 * The compare page in Debian's Chromium: the set round-trips through the URL, names that are not councils give a
 * notice, and no request leaves the local server (every other URL is aborted and fails the test).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { useSite } from "./site.ts";
import { embedFrameHeights, serveDir, type Served } from "./harness.ts";
import type { BrowserContext, Page } from "playwright-core";
import { getCouncil } from "../../lib/data/councils.ts";
import { neighbourSet } from "../../lib/compare/data.ts";
import { compareEmbed, compareEmbedPath } from "../../lib/compare/embed.ts";
import { HOST_MARGIN } from "../../lib/embed.ts";
import { HOST_WIDTHS } from "../../lib/embedSize.ts";

const site = useSite();
/** Text on a phone is at least this big, in CSS px. */
const MIN_TEXT = 11;

/** A page whose every request outside the local server is aborted and recorded. */
async function open(path: string, js = true): Promise<{ page: Page; context: BrowserContext; foreign: string[] }> {
  const context = await site.browser.newContext({ javaScriptEnabled: js });
  const foreign: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${site.origin}/`)) await route.continue();
    else {
      foreign.push(url);
      await route.abort();
    }
  });
  const page = await context.newPage();
  await page.goto(site.origin + path, { waitUntil: "load" });
  return { page, context, foreign };
}
const chips = (page: Page) => page.locator("[data-chips] button").allTextContents();
const sentence = (page: Page) => page.locator("[data-sentence]").textContent();

describe("compare", () => {
  it("round-trips the set through the URL: set, add, reload, remove", async () => {
    const { page, context, foreign } = await open("/compare/?c=walsall,dudley");
    await page.waitForSelector("[data-sentence]");
    expect((await chips(page)).map((t) => t.replace(/ ✕.*/, ""))).toEqual(["Walsall", "Dudley"]);
    expect(await sentence(page)).toMatch(/Walsall/);
    await page.fill("#pick", "Sandwell");
    await page.press("#pick", "Enter");
    await page.waitForFunction(() => location.search === "?c=walsall,dudley,sandwell");
    await page.waitForFunction(() => document.querySelector("[data-sentence]")?.textContent.includes("Sandwell"));
    await page.reload({ waitUntil: "load" });
    await page.waitForSelector("[data-sentence]");
    expect((await chips(page)).map((t) => t.replace(/ ✕.*/, ""))).toEqual(["Walsall", "Dudley", "Sandwell"]);
    expect(await page.locator("svg.compare-chart").count()).toBeGreaterThanOrEqual(4);
    await page.locator('[data-chips] button[data-s="dudley"]').click();
    await page.waitForFunction(() => location.search === "?c=walsall,sandwell");
    // The URL moves first; the sentence follows once the two councils' data has been fetched and drawn.
    await page.waitForFunction(() => {
      const text = document.querySelector("[data-sentence]")?.textContent ?? "";
      return text.includes("Sandwell") && !text.includes("Dudley");
    });
    expect(await sentence(page)).not.toMatch(/Dudley/);
    await context.close();
    expect(foreign).toEqual([]);
  });

  it("finds a council by a district inside it", async () => {
    const { page, context, foreign } = await open("/compare/?c=walsall");
    await page.fill("#pick", "Crawley");
    await page.press("#pick", "Enter");
    await page.waitForFunction(() => location.search === "?c=walsall,west-sussex");
    await context.close();
    expect(foreign).toEqual([]);
  });

  it("gives a notice for names that are not councils, and draws the rest", async () => {
    const { page, context, foreign } = await open("/compare/?c=walsall,atlantis,%3Cb%3Ex%3C%2Fb%3E,dudley");
    await page.waitForSelector("[data-sentence]");
    const notice = (await page.locator("[data-notice]").textContent()) ?? "";
    expect(notice).toContain("atlantis");
    expect(notice).toContain("<b>x</b>");
    expect(await page.locator("[data-notice] b").count()).toBe(0);
    expect((await chips(page)).map((t) => t.replace(/ ✕.*/, ""))).toEqual(["Walsall", "Dudley"]);
    await context.close();
    expect(foreign).toEqual([]);
  });

  it("reads without JavaScript on a prerendered set", async () => {
    const { page, context, foreign } = await open("/compare/walsall/", false);
    expect(await page.locator("svg.compare-chart").count()).toBeGreaterThanOrEqual(4);
    expect(await sentence(page)).toMatch(/Walsall/);
    expect(await page.locator("[data-picker]").isVisible()).toBe(false);
    await context.close();
    expect(foreign).toEqual([]);
  });
});

/** Runs in the page: the smallest rendered size of any compare chart's text, in CSS px (font size times the scale). */
function smallestText(): number {
  let min = Infinity;
  for (const svg of document.querySelectorAll<SVGSVGElement>("svg.compare-chart")) {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    if (scale > 0)
      for (const t of svg.querySelectorAll("text"))
        min = Math.min(min, parseFloat(getComputedStyle(t).fontSize) * scale);
  }
  return min;
}

describe("compare chart text", () => {
  const paths = ["/compare/walsall/", "/compare/?c=walsall,dudley,sandwell", "/compare/walsall/embed/"];
  it.each(paths.flatMap((path) => [375, 1280].map((width) => ({ path, width }))))(
    `$path at $width px is at least ${String(MIN_TEXT)} px`,
    async ({ path, width }) => {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(site.origin + path, { waitUntil: "load" });
      await page.waitForSelector("svg.compare-chart");
      const smallest = await page.evaluate(smallestText);
      await page.close();
      console.log(`${path} at ${String(width)}: smallest chart text ${smallest.toFixed(2)} px`);
      expect(smallest).toBeGreaterThanOrEqual(MIN_TEXT);
      expect(smallest).toBeLessThan(40);
    },
  );
});

describe("share and embed a comparison", () => {
  it("offers the prerendered set's embed code, and for a set chosen in the browser says how to share it", async () => {
    const { page, context, foreign } = await open("/compare/walsall/");
    await page.waitForSelector("[data-picker]:not([hidden])");
    expect(await page.locator("#compare-embed").inputValue()).toContain(compareEmbedPath("walsall"));
    expect(await page.locator("[data-other]").isVisible()).toBe(false);
    await page.locator('[data-chips] button[data-s="walsall"]').click();
    await page.waitForFunction(() => location.search.startsWith("?c="));
    expect(await page.locator("[data-own]").isVisible()).toBe(false);
    expect(await page.locator("[data-other]").isVisible()).toBe(true);
    await page.goBack();
    await page.waitForFunction(() => location.search === "");
    expect(await page.locator("[data-own]").isVisible()).toBe(true);
    await context.close();
    expect(foreign).toEqual([]);
  });

  it("finds a council by any part of its name, and a district by its own", async () => {
    const { page, context, foreign } = await open("/compare/?c=walsall");
    await page.fill("#pick", "upon thames");
    await page.press("#pick", "Enter");
    await page.waitForFunction(() => location.search === "?c=walsall,kingston-upon-thames");
    await page.fill("#pick", "Lyme");
    await page.press("#pick", "Enter");
    await page.waitForFunction(() => location.search === "?c=walsall,kingston-upon-thames,staffordshire");
    await context.close();
    expect(foreign).toEqual([]);
  });
});

describe("the compare embed's measured fallback height, without the listener script", () => {
  let host: Served;
  const walsall = getCouncil("walsall");
  if (!walsall) throw new Error("no Walsall");
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "cc-compare-"));
    const iframe = compareEmbed(neighbourSet(walsall), site.origin).snippet.replace(/<script[^>]*><\/script>$/, "");
    writeFileSync(
      join(dir, "index.html"),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story</title>` +
        `<meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<style>body{margin:0 ${String(HOST_MARGIN)}px}</style></head><body><p>Copy.</p>${iframe}<p>After.</p></body></html>`,
    );
    host = await serveDir(dir);
  });
  afterAll(async () => {
    await host.close();
  });
  it.each([...HOST_WIDTHS])("at %i px, nothing is cut off and at most a line is spare", async (width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 900 } });
    const p = await context.newPage();
    const { iframe, real } = await embedFrameHeights(p, `${host.origin}/`, site.origin + compareEmbedPath("walsall"));
    console.log(
      `compare embed at ${String(width)}: fallback ${String(Math.round(iframe))}, real ${String(Math.round(real))}`,
    );
    expect(iframe - real).toBeGreaterThanOrEqual(-4);
    expect(iframe - real).toBeLessThanOrEqual(28);
    await context.close();
  });
});

describe("rankings", () => {
  it("filters by region and sorts by a column", async () => {
    const { page, context, foreign } = await open("/rankings/caseload/");
    await page.selectOption('[data-f="region"]', "London");
    const shown = await page.locator("tbody tr:not([hidden])").count();
    const regions = await page
      .locator("tbody tr:not([hidden])")
      .evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset["region"]));
    expect(shown).toBeGreaterThan(20);
    expect(new Set(regions)).toEqual(new Set(["London"]));
    await page.locator("thead th:nth-child(2) button").click();
    const names = await page.locator("tbody tr:not([hidden]) th a").allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en-GB")));
    await context.close();
    expect(foreign).toEqual([]);
  });
});
