/**
 * The chart frame's scripts in Debian's Chromium: stepping through a drawing's marks by keyboard with the tooltip
 * (chart.ts, on every page and embed), and the copy and share controls (share.ts, loaded by CopyButton.astro only
 * where there is such a button: full pages' chart frames and the check page, never an embed).
 */
import { describe, expect, it } from "vitest";
import { useSite } from "./site.ts";
import type { Page } from "playwright-core";

const site = useSite();

async function open(path: string, width = 1280): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(site.origin + path, { waitUntil: "load" });
  return page;
}

describe("keyboard and tooltip (chart.ts)", () => {
  it("a drawing takes focus; arrows, Home and End step through its marks' titles; Escape hides the tip", async () => {
    const page = await open("/charts/caseload-trend/walsall/");
    const svg = page.locator("[data-chart-body] svg").first();
    const titles = await svg.locator("title").allTextContents();
    expect(titles.length).toBeGreaterThan(3);
    const tip = page.locator("[data-chart-body] .chart-tip");
    expect(await tip.getAttribute("role")).toBe("status");
    expect(await tip.isVisible()).toBe(false);
    await svg.focus();
    expect(await tip.textContent()).toBe(titles[0]);
    expect(await tip.isVisible()).toBe(true);
    await page.keyboard.press("ArrowRight");
    expect(await tip.textContent()).toBe(titles[1]);
    await page.keyboard.press("End");
    expect(await tip.textContent()).toBe(titles.at(-1));
    await page.keyboard.press("ArrowRight");
    expect(await tip.textContent()).toBe(titles[0]);
    await page.keyboard.press("ArrowLeft");
    expect(await tip.textContent()).toBe(titles.at(-1));
    expect(await svg.locator('[data-active="true"]').count()).toBe(1);
    await page.keyboard.press("Escape");
    expect(await tip.isVisible()).toBe(false);
    await page.close();
  });

  it("works the same inside an embed, whose page loads no copy or share script", async () => {
    // At 1,280 px: the wide drawing carries the hover titles (the phone one beside it has none).
    const page = await open("/embed/caseload-trend/walsall/");
    const scripts = await page.locator("script[src]").evaluateAll((els) => els.map((e) => e.getAttribute("src")));
    expect(scripts.some((s) => s?.includes("CopyButton"))).toBe(false);
    const svg = page.locator("[data-chart-body] svg:visible").first();
    const titles = await svg.locator("title").allTextContents();
    await svg.focus();
    await page.keyboard.press("Home");
    expect(await page.locator("[data-chart-body] .chart-tip").textContent()).toBe(titles[0]);
    await page.close();
  });
});

describe("copy and share (share.ts)", () => {
  it("shows the copy button and copies the embed code; the share link copies the chart's address", async () => {
    const page = await open("/councils/walsall/");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    const figure = page.locator("#chart-caseload-trend-walsall");
    await figure.locator("details summary", { hasText: "Embed this chart" }).click();
    const button = figure.locator("button[data-copy]");
    expect(await button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => button.textContent()).toBe("Copied");
    const snippet = await figure.locator("textarea").inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    // Chromium here has no share sheet, so the link's address is copied instead of followed.
    const share = figure.locator("a[data-share]");
    const expected = await share.getAttribute("data-share");
    await share.click();
    await expect.poll(() => share.textContent()).toBe("Link copied");
    expect(new URL(page.url()).pathname).toBe("/councils/walsall/");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await page.close();
  });

  it("the check page's sentence is copied by the same button", async () => {
    const page = await open("/check/?council=walsall&cases=38&fte=1");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    const button = page.locator('button[data-copy="sentence"]');
    await button.click();
    await expect.poll(() => button.textContent()).toBe("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await page.locator("#sentence").textContent(),
    );
    await page.close();
  });
});
