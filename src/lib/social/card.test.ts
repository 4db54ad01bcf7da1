import { describe, expect, it } from "vitest";
import { CARD_HEIGHT, CARD_WIDTH, cardSvg, clip, socialCard } from "./card.ts";
import { pngSize } from "./png.ts";
import { svgToPng } from "./raster.ts";
import { getChart } from "../../charts/registry.ts";
import { standaloneSvg } from "../chart/standalone.ts";

describe("clip", () => {
  it("keeps short text and cuts long text at a word with an ellipsis", () => {
    expect(clip("  sixteen   cases ", 40)).toBe("sixteen cases");
    const out = clip("the quick brown fox jumps over the lazy dog", 20);
    expect(out.length).toBeLessThanOrEqual(20);
    expect(out).toBe("the quick brown fox…");
  });
});

describe("socialCard", () => {
  const input = {
    kicker: "Walsall",
    value: "16.3",
    label: "Average caseload per children's social worker, 2025",
    title: "Walsall's official caseload fell after 2021",
    source: "Source: Department for Education",
  };

  it("draws a 1200x630 PNG", async () => {
    const png = await socialCard(input);
    expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
  });

  it("draws text as paths (no font needed downstream) and escapes nothing into markup", async () => {
    const svg = await cardSvg({ ...input, title: '<script>alert("x")</script> & more' });
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain("<text");
    expect(svg).toContain("<path");
  });

  it("survives missing value and label, and very long text", async () => {
    const long = "word ".repeat(200);
    const png = await socialCard({ kicker: long, title: long, source: long });
    expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
  });

  it("is fast once fonts are loaded (fonts read once, reused)", async () => {
    await socialCard(input);
    const start = performance.now();
    for (let i = 0; i < 5; i++) await socialCard({ ...input, value: String(10 + i) });
    const perCard = (performance.now() - start) / 5;
    expect(perCard).toBeLessThan(400);
  });
});

describe("svgToPng", () => {
  it("rasterises a chart's standalone SVG at 2x", async () => {
    const spec = getChart("england-caseload", "england");
    const svg = standaloneSvg(spec);
    const width = Number(/width="(\d+)"/.exec(svg)?.[1]);
    const height = Number(/height="(\d+)"/.exec(svg)?.[1]);
    expect(pngSize(await svgToPng(svg, 2))).toEqual({ width: width * 2, height: height * 2 });
  });
});

describe("pngSize", () => {
  it("rejects bytes that are not a PNG", () => {
    expect(pngSize(new Uint8Array(30))).toBeUndefined();
  });
});
