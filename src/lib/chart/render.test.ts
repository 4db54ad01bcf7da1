import { describe, expect, it } from "vitest";
import { renderPlot } from "./render.ts";
import { lineTrend } from "../../charts/lineTrend.ts";
import { standaloneSvg, resolveColours } from "./standalone.ts";
import { storyCharts } from "../../charts/specs/story.ts";

const points = [
  { year: 2017, value: 17.7 },
  { year: 2018, value: null },
  { year: 2019, value: 16.9 },
];

describe("renderPlot", () => {
  const svg = renderPlot(lineTrend(points, { width: 640, yLabel: "Cases", name: "England" }), {
    labelledBy: "t",
    describedBy: "d",
  });

  it("names the SVG by the figure's title and description, as an image", () => {
    expect(svg).toMatch(/^<svg[^>]*role="img"/);
    expect(svg).toContain('aria-labelledby="t"');
    expect(svg).toContain('aria-describedby="d"');
  });

  it('gives every labelled <g> role="group" (axe: aria-prohibited-attr)', () => {
    const labelled = svg.match(/<g\b[^>]*aria-label="[^"]*"[^>]*>/g) ?? [];
    expect(labelled.length).toBeGreaterThan(0);
    for (const g of labelled) expect(g).toContain('role="group"');
  });

  it("writes a title per drawn point and skips the suppressed year", () => {
    expect(svg).toContain("<title>England, 2017: 17.7</title>");
    expect(svg).toContain("<title>England, 2019: 16.9</title>");
    expect(svg).not.toContain("2018: ");
  });

  it("is the same drawing every time (snapshot)", async () => {
    await expect(svg).toMatchFileSnapshot("./__snapshots__/lineTrend.svg");
  });
});

describe("standalone SVG", () => {
  it("resolves colour tokens to literal colours", () => {
    expect(resolveColours('<path stroke="var(--color-council)" fill="currentColor"/>')).toBe(
      '<path stroke="#5b2a86" fill="#1c1c1c"/>',
    );
  });

  it("carries the title, source and licence and no CSS variables", () => {
    const spec = storyCharts()[0];
    if (!spec) throw new Error("no story chart");
    const svg = standaloneSvg(spec);
    const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(" ");
    expect(text).toContain(spec.title);
    expect(text).toContain("Open Government Licence v3.0");
    expect(svg).not.toContain("var(--");
  });
});

describe("a drawing of links", () => {
  it("is a group, not an image, so its links stay reachable", async () => {
    const Plot = await import("@observablehq/plot");
    const svg = renderPlot(
      {
        marks: [
          Plot.text([{ x: 1, y: 1, t: "Walsall" }], { x: "x", y: "y", text: "t", href: () => "/councils/walsall/" }),
        ],
      },
      { labelledBy: "t" },
    );
    expect(svg).toMatch(/^<svg[^>]*role="group"/);
    expect(svg).toContain('href="/councils/walsall/"');
  });
});
