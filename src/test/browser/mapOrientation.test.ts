/**
 * North is up, east is right: both maps, on the map page, in their embeds, as SVG downloads and as PNG downloads,
 * asserted by where three councils are drawn (Northumberland's centre above Cornwall's, Kent's right of Cornwall's).
 * Page, embed and SVG: where the browser lays out each council's link. PNG: the PNG is rasterised from the SVG
 * download, so the browser lays that SVG out at 1:1 and finds a point well inside each council's shape, away from
 * the place labels (hit-testing, not pixels); the PNG's pixel at that point, scaled, must be nearest that council's
 * own class colour. So the PNG shows Northumberland's class above Cornwall's and Kent's to its right. This is the
 * check that would have caught the hex map drawn upside down.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
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

/** A point inside a council's shape in the SVG download laid out at 1:1 (hit-tested), and the shape's fill. */
async function inside(page: Page, slug: string): Promise<{ x: number; y: number; fill: string }> {
  const hit = await page.evaluate((s) => {
    const a = document.querySelector(`a[data-slug="${s}"]`);
    const fill = a?.querySelector("path")?.getAttribute("fill") ?? "";
    const r = a?.getBoundingClientRect();
    if (!r) return null;
    const [cx, cy] = [r.x + r.width / 2, r.y + r.height / 2];
    // Not under a place label (labels let the pointer through, but their ink and halo cover the colour).
    const labels = [...document.querySelectorAll("text")].map((t) => t.getBoundingClientRect());
    const labelled = (x: number, y: number): boolean =>
      labels.some((b) => x > b.left - 4 && x < b.right + 4 && y > b.top - 4 && y < b.bottom + 4);
    let best: { x: number; y: number; d: number } | null = null;
    for (let i = 1; i < 24; i++)
      for (let j = 1; j < 24; j++) {
        const [x, y] = [r.x + (r.width * i) / 24, r.y + (r.height * j) / 24];
        if (labelled(x, y) || document.elementFromPoint(x, y)?.closest("a")?.getAttribute("data-slug") !== s) continue;
        // Well inside: the four points 3 px away hit the same council (no anti-aliased edge under the sample).
        const around = [
          [3, 0],
          [-3, 0],
          [0, 3],
          [0, -3],
        ] as const;
        if (
          !around.every(
            ([dx, dy]) =>
              document
                .elementFromPoint(x + dx, y + dy)
                ?.closest("a")
                ?.getAttribute("data-slug") === s,
          )
        )
          continue;
        const d = Math.hypot(x - cx, y - cy);
        if (!best || d < best.d) best = { x, y, d };
      }
    return best ? { x: best.x, y: best.y, fill } : null;
  }, slug);
  if (!hit) throw new Error(`no point inside ${slug} in the SVG download`);
  return hit;
}

const rgb = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

describe("map orientation in the PNG downloads", () => {
  for (const chart of ["map-hex", "map-boundaries"])
    it(`${chart} PNG: Northumberland's class colour above Cornwall's, Kent's right of Cornwall's`, async () => {
      const svgText = readFileSync(join(process.cwd(), "dist/downloads", chart, "england.svg"), "utf8");
      const svgWidth = Number(/<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(svgText)?.[1]);
      const svgHeight = Number(/<svg[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(svgText)?.[1]);
      const page = await site.browser.newPage({ viewport: { width: svgWidth, height: svgHeight } });
      await page.goto(`${site.origin}/downloads/${chart}/england.svg`, { waitUntil: "load" });
      const north = await inside(page, "northumberland");
      const cornwall = await inside(page, "cornwall");
      const kent = await inside(page, "kent");
      const classes = await page.evaluate(() => [
        ...new Set([...document.querySelectorAll("a[data-slug] path")].map((p) => p.getAttribute("fill") ?? "")),
      ]);
      await page.close();
      const png = sharp(join(process.cwd(), "dist/downloads", chart, "england.png"));
      const { data, info } = await png.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const scale = info.width / svgWidth;
      /** The class colour nearest the PNG's pixel at a point of the SVG. */
      const classAt = (p: { x: number; y: number }): string => {
        const i = (Math.round(p.y * scale) * info.width + Math.round(p.x * scale)) * 4;
        const px = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
        const dist = (hex: string): number => rgb(hex).reduce((sum, v, k) => sum + (v - (px[k] ?? 0)) ** 2, 0);
        return [...classes].sort((a, b) => dist(a) - dist(b))[0] ?? "";
      };
      expect(north.y, "Northumberland above Cornwall (SVG download)").toBeLessThan(cornwall.y);
      expect(kent.x, "Kent right of Cornwall (SVG download)").toBeGreaterThan(cornwall.x);
      expect(classAt(north), "PNG pixel inside Northumberland has its class colour").toBe(north.fill);
      expect(classAt(cornwall), "PNG pixel inside Cornwall has its class colour").toBe(cornwall.fill);
      expect(classAt(kent), "PNG pixel inside Kent has its class colour").toBe(kent.fill);
    });
});
