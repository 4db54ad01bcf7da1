import { describe, expect, it } from "vitest";
import { renderPlot } from "../../lib/chart/render.ts";
import { distribution2021, practitionerFigures, shareAtOrAbove } from "../../lib/data/distribution.ts";
import { englandSeries } from "../../lib/data/workforce.ts";
import { dp1 } from "../../lib/domain/format.ts";
import { caseloadScale } from "../distribution2021/plot.ts";
import { caseloadScaleChart } from "./spec.ts";
import { figuresCount } from "../../story/statements.ts";

describe("caseload-scale", () => {
  it("counts the practitioners' figures and says when they are from", () => {
    expect(figuresCount([2018, 2018])).toBe("two practitioners’ figures, both from 2018");
    expect(figuresCount([2018])).toBe("one practitioner’s figure, from 2018");
    expect(figuresCount([2018, 2024, 2025])).toBe("three practitioners’ figures, from 2018, 2024 and 2025");
  });
  it("describes the latest official average, the 2021 distribution and the figures on one scale", () => {
    const spec = caseloadScaleChart();
    const last = englandSeries("caseload_fte")
      .filter((p) => p.value !== null)
      .at(-1);
    const d = distribution2021();
    expect(spec.description).toContain(`${dp1(last?.value ?? NaN)} at 30 September ${String(last?.year)}`);
    expect(spec.description).toContain(`${dp1(shareAtOrAbove(d, 20))}% of case holders with 20 or more`);
    expect(spec.subtitle).toContain(figuresCount(practitionerFigures().map((f) => f.year)));
  });
  it("draws two averages and the ranges on one axis at phone width", async () => {
    const svg = renderPlot(
      caseloadScale(
        [
          { from: 1, to: 25, share: 80, derived: false, title: "1 to under 25: 80%" },
          { from: 25, to: 50, share: 20, derived: true, title: "derived band" },
        ],
        {
          width: 340,
          xLabel: "Cases per social worker (FTE)",
          xMax: 50,
          rules: [
            {
              value: 15.2,
              label: "Official average, 2025: 15.2",
              title: "2025 average",
              color: "var(--color-england)",
              dashed: false,
            },
            {
              value: 16.3,
              label: "Average, 2021: 16.3",
              title: "2021 average",
              color: "var(--color-ink)",
              dashed: true,
            },
          ],
          ranges: [{ low: 38, high: 46, label: "Darcy (2018): 38–46", title: "Darcy's comment" }],
        },
      ),
    );
    for (const t of ["2025 average", "2021 average", "Darcy's comment", "derived band"])
      expect(svg).toContain(`<title>${t}</title>`);
    await expect(svg).toMatchFileSnapshot("./__snapshots__/caseload-scale.svg");
  });
});
