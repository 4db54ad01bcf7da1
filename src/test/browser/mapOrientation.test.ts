/**
 * North is up, east is right: both maps, on the map page, in their embeds and as SVG downloads, asserted by where
 * the browser lays out three councils (Northumberland's centre above Cornwall's, Kent's right of Cornwall's).
 * This is the check that would have caught the hex map drawn upside down.
 */
import { describe, expect, it } from "vitest";
import { useSite } from "./site.ts";
import type { Page } from "playwright-core";

const site = useSite();

/** The centre of a council's area (its link) inside `scope`, as laid out: the visible drawing only. */
async function centre(page: Page, scope: string, slug: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`${scope} a[data-slug="${slug}"]`).filter({ visible: true }).first().boundingBox();
  if (!box) throw new Error(`${slug} is not drawn in ${scope}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const CASES: [string, string, string][] = [
  ["hex map on /map/", "/map/", "#chart-map-hex-england"],
  ["boundary map on /map/", "/map/", "#chart-map-boundaries-england"],
  ["hex map embed", "/embed/map-hex/england/", "svg"],
  ["boundary map embed", "/embed/map-boundaries/england/", "svg"],
  ["hex map SVG download", "/downloads/map-hex/england.svg", "svg"],
  ["boundary map SVG download", "/downloads/map-boundaries/england.svg", "svg"],
];

describe("map orientation", () => {
  for (const [name, path, scope] of CASES)
    for (const width of [1280, 375])
      it(`${name} at ${String(width)} px: Northumberland above Cornwall, Kent right of Cornwall`, async () => {
        const page = await site.browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(site.origin + path, { waitUntil: "load" });
        const north = await centre(page, scope, "northumberland");
        const cornwall = await centre(page, scope, "cornwall");
        const kent = await centre(page, scope, "kent");
        expect(north.y).toBeLessThan(cornwall.y);
        expect(kent.x).toBeGreaterThan(cornwall.x);
        await page.close();
      });
});
