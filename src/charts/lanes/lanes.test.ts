import { describe, expect, it } from "vitest";
import { renderPlot } from "../../lib/chart/render.ts";
import { getChart } from "../registry.ts";
import { allTestimony } from "../../lib/data/reported.ts";
import { rangeLanes, type Lane } from "./plot.ts";

const lanes: Lane[] = [
  {
    label: "Errin’s account",
    range: { low: 38, high: 45, color: "var(--color-testimony)", label: "38–45", title: "Errin: 38 to 45" },
  },
  {
    label: "England",
    points: [{ value: 17.4, color: "var(--color-england)", symbol: "diamond", title: "England, 2018: 17.4" }],
  },
  { label: "No figure", missing: "No caseload figure given" },
  {
    label: "All councils (150)",
    spread: { min: 12, q1: 15.7, median: 17.4, q3: 19.4, max: 26.8, title: "All councils, 2018: lowest 12.0" },
  },
];

describe("rangeLanes", () => {
  it("draws every lane in order, with a title per data mark and colour tokens (snapshot)", async () => {
    const svg = renderPlot(rangeLanes(lanes, { width: 640, xLabel: "Cases" }));
    for (const t of ["Errin: 38 to 45", "England, 2018: 17.4", "All councils, 2018: lowest 12.0"]) {
      expect(svg).toContain(`<title>${t}</title>`);
    }
    expect(svg).toContain("No caseload figure given");
    expect(svg).toContain("var(--color-testimony)");
    expect(svg).not.toMatch(/fill="#[0-9a-f]{6}"/i);
    await expect(svg).toMatchFileSnapshot("./__snapshots__/lanes.svg");
  });
  it("extends the axis past the highest value and narrows for phones", () => {
    const wide = rangeLanes(lanes, { width: 640, xLabel: "Cases" });
    const narrow = rangeLanes(lanes, { width: 340, xLabel: "Cases" });
    expect((wide.x?.domain as number[])[1]).toBeGreaterThanOrEqual(45);
    expect(narrow.marginLeft).toBeLessThanOrEqual(130);
  });
});

describe("testimony-range description", () => {
  it("reads a comment against the last count on or before it (Darcy, 22 September 2018: the 2017 count)", () => {
    const darcy = allTestimony().find((t) => t.name === "Darcy");
    if (!darcy) throw new Error("no Darcy testimony");
    const spec = getChart("testimony-range", darcy.id);
    expect(spec.description).toContain("30 September 2017");
    expect(spec.description).not.toContain("30 September 2018 count");
  });
});
