import { describe, expect, it } from "vitest";
import { renderPlot } from "../../lib/chart/render.ts";
import { binnedDistribution } from "../distribution/plot.ts";
import { rangeLadder } from "../ladder/plot.ts";
import { claimsTrend, fractionalYear, labelBelow } from "../claims/plot.ts";

const titles = (svg: string): string[] => [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1] ?? "");

describe("binnedDistribution", () => {
  const groups = [
    { label: "2017", median: 17, bins: [{ from: 16, to: 17, count: 3, title: "2017: three at 16" }] },
    { label: "2018", median: 18, bins: [{ from: 18, to: 19, count: 1, title: "2018: one at 18" }] },
  ];
  it("draws a titled bar per bin, the line's points and the marked points", () => {
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
  });
  it("is the same drawing at phone width, with fewer year labels when crowded", () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ label: String(2017 + i), median: null, bins: [] }));
    const narrow = renderPlot(binnedDistribution(many, { width: 340, yLabel: "Cases", yMax: 30 }));
    expect(narrow).toContain(">2017<");
    expect(narrow).not.toContain(">2018<");
  });
});

describe("rangeLadder", () => {
  it("draws the histogram and one titled row per range, labelled", () => {
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
  });
});

describe("claimsTrend", () => {
  it("places a statement at its date and series points at 30 September", () => {
    expect(fractionalYear("2018-01-01")).toBe(2018);
    expect(fractionalYear("2018-07-17")).toBeCloseTo(2018.54, 2);
    const svg = renderPlot(
      claimsTrend(
        [
          {
            name: "Walsall",
            color: "purple",
            points: [
              { year: 2018, value: 19.9 },
              { year: 2019, value: null },
            ],
          },
        ],
        [{ x: 2018.5, low: 24, high: 26, label: "24–26", title: "mid 20s", color: "red" }],
        { width: 640, yLabel: "Cases", target: { value: 15, label: "Target: 15", title: "target" } },
      ),
    );
    expect(titles(svg)).toEqual(expect.arrayContaining(["Walsall, 30 September 2018: 19.9", "mid 20s", "target"]));
    expect(svg).not.toContain("2019: ");
  });
});

describe("labelBelow", () => {
  it("puts the lower of two statements at the same date below its mark", () => {
    const a = { x: 2017.75, low: 31.4, high: 31.4, label: "31.4%", title: "", color: "red" };
    const b = { ...a, low: 30.5, high: 30.5, label: "30.5%" };
    const c = { ...a, x: 2020.75 };
    expect(labelBelow(a, [a, b, c])).toBe(false);
    expect(labelBelow(b, [a, b, c])).toBe(true);
    expect(labelBelow(c, [a, b, c])).toBe(false);
  });
});
