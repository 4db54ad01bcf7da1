/** The comparator switch, the finder and the map controls in Debian's Chromium. */
import { describe, expect, it } from "vitest";
import { useSite } from "./site.ts";
import type { Page } from "playwright-core";

const site = useSite();

async function open(path: string): Promise<Page> {
  const page = await site.browser.newPage();
  await page.goto(site.origin + path, { waitUntil: "load" });
  return page;
}
const visible = (page: Page, id: string) => page.locator(`#${id}`).isVisible();

describe("comparator switch", () => {
  it("shows England and the region by default, one view at a time", async () => {
    const page = await open("/councils/walsall/");
    expect(await visible(page, "chart-caseload-trend-walsall")).toBe(true);
    expect(await visible(page, "chart-caseload-neighbours-walsall")).toBe(false);
    await page.close();
  });

  it("switches by keyboard and writes the choice into the URL", async () => {
    const page = await open("/councils/walsall/");
    await page.locator('[data-compare] a[data-view="neighbours"]').focus();
    await page.keyboard.press("Enter");
    expect(await visible(page, "chart-caseload-neighbours-walsall")).toBe(true);
    expect(await visible(page, "chart-caseload-trend-walsall")).toBe(false);
    expect(new URL(page.url()).searchParams.get("compare")).toBe("neighbours");
    expect(await page.locator('[data-compare] a[data-view="neighbours"]').getAttribute("aria-current")).toBe("true");
    await page.close();
  });

  it("opens the view named by ?compare=neighbours", async () => {
    const page = await open("/councils/walsall/?compare=neighbours");
    expect(await visible(page, "chart-caseload-neighbours-walsall")).toBe(true);
    expect(await visible(page, "chart-caseload-trend-walsall")).toBe(false);
    expect(await page.locator("[data-compare-notice]").isVisible()).toBe(false);
    await page.close();
  });

  it("shows the default with a notice for ?compare=nonsense", async () => {
    const page = await open("/councils/walsall/?compare=nonsense");
    expect(await visible(page, "chart-caseload-trend-walsall")).toBe(true);
    expect(await visible(page, "chart-caseload-neighbours-walsall")).toBe(false);
    expect(await page.locator("[data-compare-notice]").textContent()).toMatch(/England and the region/);
    await page.close();
  });
});

describe("council finder", () => {
  it("finds Crawley -> West Sussex and announces the count", async () => {
    const page = await open("/councils/");
    await page.getByLabel("Find a council by its name or a town's district").fill("Crawley");
    const rows = page.locator("tr[data-search]:visible");
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator("a").textContent()).toBe("West Sussex");
    expect(await page.locator("#finder-count").textContent()).toBe("1 council matches.");
    await page.close();
  });

  it("sorts by a column with aria-sort", async () => {
    const page = await open("/councils/");
    const head = page.locator("th", { hasText: "Latest caseload" });
    await head.locator("button").click();
    expect(await head.getAttribute("aria-sort")).toBe("ascending");
    await page.close();
  });
});

describe("council table on a phone", () => {
  it("shows the grade column at 375 px inside the table's box, without scrolling", async () => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(site.origin + "/councils/", { waitUntil: "load" });
    const table = page.locator("table[data-sortable]");
    const grade = page.locator("th", { hasText: "Latest Ofsted grade" });
    const [tableBox, gradeBox] = [await table.boundingBox(), await grade.boundingBox()];
    expect(gradeBox).not.toBeNull();
    expect((gradeBox?.x ?? 0) + (gradeBox?.width ?? 0)).toBeLessThanOrEqual(375);
    expect((tableBox?.x ?? 0) + (tableBox?.width ?? 0)).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.close();
  });
});

describe("map controls", () => {
  it("recolours by grade and writes the URL; a bad year falls back with a notice", async () => {
    const page = await open("/map/?year=1999");
    await page.locator("[data-map-controls]").waitFor({ state: "visible" });
    expect(await page.locator("[data-map-notice]").textContent()).toMatch(/not on this map/);
    await page.getByRole("radio", { name: "Ofsted grade" }).check();
    expect(new URL(page.url()).searchParams.get("measure")).toBe("grade");
    const label = await page.locator('#chart-map-hex-england a[href="/councils/walsall/"]').getAttribute("aria-label");
    expect(label).toMatch(/^Walsall: Ofsted /);
    await page.close();
  });
});
