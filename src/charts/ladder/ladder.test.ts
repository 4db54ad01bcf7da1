/** The range ladder (home chart 2): the Plot function on a tiny fixture, its SVG, and the generated description. */
import { describe, expect, it } from "vitest";
import { renderPlot } from "../../lib/chart/render.ts";
import { getChart } from "../registry.ts";
import { practitionerRanges } from "../../story/findings.ts";
import { rangeLadder } from "./plot.ts";

const titles = (svg: string): string[] => [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1] ?? "");

describe("rangeLadder", () => {
  it("draws the histogram and one titled row per range, labelled (snapshot)", async () => {
    const svg = renderPlot(
      rangeLadder(
        [{ from: 15, to: 16, count: 10, title: "ten at 15" }],
        [{ label: "Errin: 38–45", low: 38, high: 45, color: "red", style: "bar", title: "Errin quote" }],
        {
          width: 640,
          xLabel: "Cases",
          xMax: 50,
          histogramLabel: "Official",
          rules: [{ value: 32.7, label: "Highest", title: "Highest title" }],
        },
      ),
    );
    expect(titles(svg)).toEqual(expect.arrayContaining(["ten at 15", "Errin quote", "Highest title"]));
    expect(svg).toContain("Errin: 38–45");
    await expect(svg).toMatchFileSnapshot("./__snapshots__/ladder.svg");
  });
});

describe("practitioners-vs-official description", () => {
  it("names every practitioner who gave a figure", () => {
    const spec = getChart("practitioners-vs-official", "england");
    const ranges = practitionerRanges();
    expect(ranges.length).toBeGreaterThan(0);
    for (const r of ranges) expect(spec.description).toContain(r.testimony.name);
  });
});
