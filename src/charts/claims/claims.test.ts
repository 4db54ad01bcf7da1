/** The claims trend (articles): the Plot function on a tiny fixture, its SVG, and the generated description. */
import { describe, expect, it } from "vitest";
import { renderPlot } from "../../lib/chart/render.ts";
import { getChart } from "../registry.ts";
import { reportedFor } from "../../lib/data/reported.ts";
import { claimsTrend, fractionalYear, labelBelow } from "./plot.ts";

const titles = (svg: string): string[] => [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1] ?? "");

describe("claimsTrend", () => {
  it("places a statement at its date and series points at 30 September (snapshot)", async () => {
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
    await expect(svg).toMatchFileSnapshot("./__snapshots__/claims.svg");
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

describe("caseload-claims description", () => {
  it("quotes every caseload figure reported about the council", () => {
    const spec = getChart("caseload-claims", "warwickshire");
    const figures = reportedFor("warwickshire").filter((f) => f.measure === "caseload_fte" && f.valueLow !== null);
    expect(figures.length).toBeGreaterThan(0);
    expect(spec.description).toContain("Warwickshire");
    expect(spec.rows.length).toBeGreaterThan(figures.length);
  });
});
