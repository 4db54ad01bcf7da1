/** Workforce rates: the Plot function on a tiny fixture, its SVG, and the generated description. */
import { describe, expect, it } from "vitest";
import { renderPlot } from "../../lib/chart/render.ts";
import { getChart } from "../registry.ts";
import { englandSeries, seriesFor } from "../../lib/data/workforce.ts";
import { pct } from "../../lib/domain/format.ts";
import { workforceRates, type RateRow } from "./plot.ts";

describe("workforceRates", () => {
  const r: RateRow[] = [
    {
      measure: "Agency workers",
      series: "Birmingham",
      role: "council",
      year: 2024,
      value: null,
      status: "u",
      joint: false,
    },
    {
      measure: "Agency workers",
      series: "Birmingham",
      role: "council",
      year: 2025,
      value: 12.4,
      status: "",
      joint: false,
    },
    { measure: "Agency workers", series: "England", role: "england", year: 2025, value: 13, status: "", joint: false },
  ];
  it("is the same drawing every time (snapshot)", async () => {
    const svg = renderPlot(workforceRates(r, { width: 640, measures: ["Agency workers"], years: [2024, 2025] }));
    await expect(svg).toMatchFileSnapshot("./__snapshots__/rates.svg");
  });
  it("marks the suppressed year with its symbol in both layouts", () => {
    for (const width of [640, 340]) {
      const svg = renderPlot(workforceRates(r, { width, measures: ["Agency workers"], years: [2024, 2025] }));
      expect(svg).toContain("Agency workers, Birmingham, 2024: no figure (u)");
      expect(svg).toContain("Agency workers, Birmingham, 2025: 12.4%");
    }
  });
});

describe("workforce-rates description", () => {
  it("states the council's latest agency rate and England's", () => {
    const spec = getChart("workforce-rates", "walsall");
    const last = seriesFor("walsall", "agency_rate_fte")
      .filter((p) => p.value !== null)
      .at(-1);
    if (!last?.value) throw new Error("no Walsall agency rate");
    expect(spec.description).toContain(pct(last.value));
    const england = englandSeries("agency_rate_fte").find((p) => p.year === last.year)?.value;
    if (england == null) throw new Error("no England figure");
    expect(spec.description).toContain(pct(england));
  });
});
