/**
 * The compare page in Debian's Chromium: the set round-trips through the URL, names that are not councils give a
 * notice, and no request leaves the local server (every other URL is aborted and fails the test).
 */
import { describe, expect, it } from "vitest";
import { useSite } from "./site.ts";
import type { BrowserContext, Page } from "playwright-core";

const site = useSite();

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
