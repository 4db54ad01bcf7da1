/** The binned distribution (home charts 1 and 3): the Plot function on a tiny fixture, its SVG, and descriptions. */
import { describe, expect, it } from "vitest";
import { renderPlot } from "../../lib/chart/render.ts";
import { getChart } from "../registry.ts";
import { englandSeries } from "../../lib/data/workforce.ts";
import { dp1 } from "../../lib/domain/format.ts";
import { binnedDistribution } from "./plot.ts";

const titles = (svg: string): string[] => [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1] ?? "");

describe("binnedDistribution", () => {
  const groups = [
    { label: "2017", median: 17, bins: [{ from: 16, to: 17, count: 3, title: "2017: three at 16" }] },
    { label: "2018", median: 18, bins: [{ from: 18, to: 19, count: 1, title: "2018: one at 18" }] },
  ];
  it("draws a titled bar per bin, the line's points and the marked points (snapshot)", async () => {
    const svg = renderPlot(
      binnedDistribution(groups, {
        width: 640,
        yLabel: "Cases",
        line: { points: [{ group: 0, value: 17.7, title: "England, 2017: 17.7" }], color: "red" },
        marked: [{ group: 1, value: 18.5, title: "Highest", label: "X 18.5" }],
      }),
    );
    expect(titles(svg)).toEqual(
      expect.arrayContaining(["2017: three at 16", "2018: one at 18", "England, 2017: 17.7", "Highest"]),
    );
    expect(svg).toContain("X 18.5");
    await expect(svg).toMatchFileSnapshot("./__snapshots__/distribution.svg");
  });
  it("is the same drawing at phone width, with fewer year labels when crowded", () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ label: String(2017 + i), median: null, bins: [] }));
    const narrow = renderPlot(binnedDistribution(many, { width: 340, yLabel: "Cases", yMax: 30 }));
    expect(narrow).toContain(">2017<");
    expect(narrow).not.toContain(">2018<");
  });
});

describe("england-caseload and caseload-by-grade descriptions", () => {
  it("state England's latest average and the years shown", () => {
    const last = englandSeries("caseload_fte").at(-1);
    if (!last?.value) throw new Error("no England figure");
    const spec = getChart("england-caseload", "england");
    expect(spec.description).toContain(dp1(last.value));
    expect(spec.description).toContain(String(last.year));
  });
  it("say how inspections are matched to a count (the dating rule)", () => {
    const spec = getChart("caseload-by-grade", "england");
    expect(spec.description).toContain("at the last count on or before the day the inspection began");
    expect(spec.description).toMatch(/^\d|^[A-Z]/);
  });
});
