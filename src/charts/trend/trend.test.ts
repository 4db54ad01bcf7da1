/** The caseload trend (three council views): the Plot function on a tiny fixture, its SVG, and a description. */
import { describe, expect, it } from "vitest";
import { renderPlot } from "../../lib/chart/render.ts";
import { getChart } from "../registry.ts";
import { englandSeries, seriesFor } from "../../lib/data/workforce.ts";
import { dp1 } from "../../lib/domain/format.ts";
import { caseloadTrend, countYear, type TrendRow } from "./plot.ts";

// A suppressed value, a joint return and a predecessor.
const rows: TrendRow[] = [
  { series: "Cumbria (to 2022)", role: "predecessor", year: 2021, value: 17, status: "", joint: false },
  { series: "Cumbria (to 2022)", role: "predecessor", year: 2022, value: 15.5, status: "", joint: false },
  { series: "Cumberland", role: "council", year: 2023, value: 16.3, status: "", joint: true },
  { series: "Cumberland", role: "council", year: 2024, value: null, status: "u", joint: false },
  { series: "Cumberland", role: "council", year: 2025, value: 17.8, status: "", joint: false },
  { series: "England", role: "england", year: 2023, value: 16, status: "", joint: false },
];
const marks = [
  { date: "2024-11-26", letter: "G", color: "var(--color-grade-good)", label: "ILACS, 26 November 2024: Good" },
];

describe("caseloadTrend", () => {
  const svg = renderPlot(caseloadTrend(rows, [], marks, { width: 640, years: [2021, 2025] }));
  it("is the same drawing every time (snapshot)", async () => {
    await expect(svg).toMatchFileSnapshot("./__snapshots__/trend.svg");
  });
  it("titles every drawn point, the gap and the inspection", () => {
    expect(svg).toContain("<title>Cumberland, 2025: 17.8</title>");
    expect(svg).toContain("<title>Cumberland, 2024: no figure (u)</title>");
    expect(svg).toContain("<title>ILACS, 26 November 2024: Good</title>");
  });
  it("draws the joint point hollow and the predecessor dashed and labelled", () => {
    expect(svg).toContain("Cumberland, 2023: 16.3 (joint return)");
    expect(svg).toMatch(/fill="var\(--color-paper\)"/);
    expect(svg).toContain('stroke-dasharray="5,4"');
    expect(svg).toContain(">Cumbria (to 2022)</text>");
  });
  it("prints the grade letter, not colour alone", () => {
    expect(svg).toMatch(/>G<title>/);
  });
  it("places counts at 30 September", () => {
    expect(countYear("2021-09-30")).toBeCloseTo(2021, 5);
    expect(countYear("2021-11-26")).toBeGreaterThan(2021.1);
  });
});

describe("caseload-trend description", () => {
  it("states the council's first and last published values and England's, rounded by the one rule", () => {
    const spec = getChart("caseload-trend", "walsall");
    const own = seriesFor("walsall", "caseload_fte").filter((p) => p.value !== null);
    const first = own[0];
    const last = own.at(-1);
    if (!first?.value || !last?.value) throw new Error("no Walsall figures");
    expect(spec.description).toContain("Walsall");
    expect(spec.description).toContain(dp1(first.value));
    expect(spec.description).toContain(dp1(last.value));
    const england = englandSeries("caseload_fte").find((p) => p.year === last.year)?.value;
    if (england == null) throw new Error("no England figure");
    expect(spec.description).toContain(dp1(england));
  });
  it("names the comparison group in the other two views", () => {
    expect(getChart("caseload-neighbours", "walsall").description).toMatch(/statistical neighbours ranged from/);
    expect(getChart("caseload-same-grade", "walsall").description).toMatch(/the median of councils last graded/);
  });
});
