/** /check/ in Debian's Chromium: values in, the right band and ratio out, the address round-trip, hostile input. */
import { describe, expect, it } from "vitest";
import { useSite } from "./site.ts";
import type { Page } from "playwright-core";

const site = useSite();

/** Open a page, recording every request that leaves the site and every dialog. */
async function open(path: string): Promise<{ page: Page; outside: string[]; dialogs: string[] }> {
  const page = await site.browser.newPage();
  const outside: string[] = [];
  const dialogs: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(site.origin)) outside.push(r.url());
  });
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(site.origin + path, { waitUntil: "load" });
  return { page, outside, dialogs };
}
const text = (page: Page, sel: string) => page.locator(sel).innerText();

/** Walsall's latest published average and its year, read from the council list the page rendered. */
async function walsall(page: Page): Promise<{ value: number; year: string }> {
  const row = page.locator('tr[data-slug="walsall"]');
  return { value: Number(await row.getAttribute("data-value")), year: (await row.getAttribute("data-year")) ?? "" };
}

describe("/check/", () => {
  it("works out cases per FTE, the ratio to the council's average and the 2021 band from the address", async () => {
    const { page, outside } = await open("/check/?council=walsall&cases=24&fte=1");
    const w = await walsall(page);
    const sentence = await text(page, "#sentence");
    expect(sentence).toBe(
      `My caseload of 24 cases per FTE is ${(24 / w.value).toFixed(1)} times Walsall's official average of ${w.value.toFixed(1)} (30 September ${w.year})`,
    );
    expect(await text(page, "#result-body")).toContain("you are in the 20 to under 25 band");
    expect(await page.locator("#share").isVisible()).toBe(true);
    expect(outside).toEqual([]);
    await page.close();
  });

  it("takes the form, converts hours and writes the state into the address (and back)", async () => {
    const { page, outside } = await open("/check/");
    await page.fill("#cases", "15");
    await page.fill("#hours", "18.5");
    await page.click('button[name="council"][value="walsall"]');
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ council: "walsall", cases: "15", fte: "0.5" });
    expect(await text(page, "#result-body")).toContain("15 cases at 0.5 FTE is 30 cases per FTE");
    expect(await text(page, "#result-body")).toContain("25 to 50 band, which is derived");
    const share = await page.locator("#share-link").getAttribute("href");
    const again = await open(share ?? "/");
    expect(await text(again.page, "#sentence")).toBe(await text(page, "#sentence"));
    expect(await again.page.inputValue("#fte")).toBe("0.5");
    expect(decodeURIComponent((await page.locator("#invite").getAttribute("href")) ?? "")).toContain(
      "Cases I hold: 15",
    );
    expect([...outside, ...again.outside]).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it.each([
    ["council=%3Cscript%3Ealert(1)%3C%2Fscript%3E&cases=24&fte=1", "not one we know"],
    ["council=narnia&cases=24&fte=1", "not one we know"],
    ["cases=99999999999&fte=1", "number of cases in the address was not understood"],
    ["cases=-5&fte=1", "number of cases in the address was not understood"],
    ["cases=NaN&fte=NaN", "FTE in the address was not understood"],
    ["cases=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "number of cases in the address was not understood"],
  ])("?%s gives a clear notice and the default, harmlessly", async (query, notice) => {
    const { page, outside, dialogs } = await open(`/check/?${query}`);
    expect(await text(page, "#notices")).toContain(notice);
    // Nothing from the address became an element (the copy button's own bundled script is the page's).
    expect(await page.locator('#result img, #result script:not([src^="/_astro/"])').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });
});
