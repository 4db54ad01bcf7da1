import { describe, expect, it } from "vitest";
import { renderPlot } from "../../lib/chart/render.ts";
import { distribution2021, practitionerFigures, shareAtOrAbove } from "../../lib/data/distribution.ts";
import { dp1 } from "../../lib/domain/format.ts";
import { caseloadScale, type ScaleBand } from "./plot.ts";
import { caseloadDistribution2021, figureLabel, oneIn } from "./spec.ts";

const bands: ScaleBand[] = [
  { from: 1, to: 5, share: 10, derived: false, title: "1 to under 5: 10%" },
  { from: 5, to: 10, share: 20, derived: false, title: "5 to under 10: 20%" },
  { from: 10, to: 25, share: 50, derived: false, title: "10 to under 25: 50%" },
  { from: 25, to: 50, share: 20, derived: true, title: "25 to 50: 20%, derived" },
];
const options = {
  width: 640,
  xLabel: "Cases per FTE",
  xMax: 50,
  rules: [{ value: 16.3, label: "Average: 16.3", title: "Average 16.3", color: "var(--color-ink)", dashed: true }],
  ranges: [{ low: 38, high: 45, label: "Errin (2018): 38–45", title: "Errin's comment" }],
};

describe("caseload-distribution-2021", () => {
  it("describes the distribution from the table: shares, the derived band, the average and the figures", () => {
    const spec = caseloadDistribution2021();
    const d = distribution2021();
    const twenty = shareAtOrAbove(d, 20);
    expect(spec.title).toContain(`${oneIn(twenty)} case holders held 20 or more`);
    expect(spec.description).toContain(`official average was ${dp1(d.average.caseloadFte)}`);
    expect(spec.description).toContain(`So ${dp1(twenty)}% held 20 or more`);
    expect(spec.description).toContain(
      `${dp1(d.groups.at(-1)?.proportion ?? NaN)}% held 25 to 50 cases per FTE (derived)`,
    );
    for (const f of practitionerFigures()) expect(spec.description).toContain(figureLabel(f));
    expect(spec.rows.filter((r) => r["derived"] === "derived")).toHaveLength(1);
  });
  it("draws bar area as share, the derived band outlined, rules and ranges titled", async () => {
    const svg = renderPlot(caseloadScale(bands, options));
    for (const t of ["25 to 50: 20%, derived", "Average 16.3", "Errin's comment"])
      expect(svg).toContain(`<title>${t}</title>`);
    expect(svg).toContain("20.0% (derived)");
    expect(svg).toContain('stroke-dasharray="4 3"');
    await expect(svg).toMatchFileSnapshot("./__snapshots__/caseload-distribution-2021.svg");
  });
});
