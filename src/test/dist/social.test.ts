/** Social cards and PNG downloads over the built site: every card is a 1200x630 PNG, and every page's points at one. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, distFiles, htmlPages, readDist, resolves } from "./site.ts";
import { allCharts } from "../../charts/registry.ts";
import { cardPath, pngPath, svgPath } from "../../lib/chart/paths.ts";
import { allCouncils } from "../../lib/data/councils.ts";
import { allTestimony } from "../../lib/data/reported.ts";
import { councilCardPath, SITE_CARD, testimonyCardPath } from "../../lib/social/cards.ts";
import { pngSize } from "../../lib/social/png.ts";

const cards = (): string[] => distFiles().filter((f) => f.startsWith("og/") && f.endsWith(".png"));

describe("social cards", () => {
  it("exist for the site, every chart, every council and every testimony", () => {
    const built = new Set(cards().map((f) => `/${f}`));
    const expected = [
      SITE_CARD,
      ...allCharts().map(cardPath),
      ...allCouncils().map((c) => councilCardPath(c.slug)),
      ...allTestimony().map((t) => testimonyCardPath(t.id)),
    ];
    expect(expected.filter((p) => !built.has(p))).toEqual([]);
  });

  it.each(cards())("%s is a 1200x630 PNG", (file) => {
    expect(pngSize(readFileSync(join(DIST, file)))).toEqual({ width: 1200, height: 630 });
  });

  it("every page's og:image is a built card (X reads it too: pages carry no twitter:image)", () => {
    const missing: string[] = [];
    for (const file of htmlPages()) {
      const metas = readDist(file).match(/<meta\b[^>]*property="og:image"[^>]*>/g) ?? [];
      for (const meta of metas) {
        const url = /content="([^"]+)"/.exec(meta)?.[1] ?? "";
        if (!resolves(new URL(url, "https://x").pathname)) missing.push(`${file}: ${url}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("PNG downloads", () => {
  it.each(allCharts().map((s) => [pngPath(s), s] as const))("%s is the standalone SVG at 2x", (path, spec) => {
    const svg = readDist(svgPath(spec).slice(1));
    const width = Number(/<svg[^>]*?\swidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
    const height = Number(/<svg[^>]*?\sheight="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
    const size = pngSize(readFileSync(join(DIST, path.slice(1))));
    expect(size).toEqual({ width: Math.round(width * 2), height: Math.round(height * 2) });
  });
});
