/** The Ofsted history grid: the Plot function on a tiny fixture, its SVG, and the generated description. */
import { describe, expect, it } from "vitest";
import { renderPlot } from "../../lib/chart/render.ts";
import { getChart } from "../registry.ts";
import { inspectionsFor } from "../../lib/data/inspections.ts";
import { ofstedGrid } from "./plot.ts";

describe("ofstedGrid", () => {
  it("prints letters in the grid (snapshot)", async () => {
    const svg = renderPlot(
      ofstedGrid(
        [{ inspection: "ILACS 2021", judgement: "Overall effectiveness", grade: "Good", letter: "G", color: "blue" }],
        {
          width: 640,
          inspections: ["ILACS 2021"],
          judgements: ["Overall effectiveness"],
        },
      ),
    );
    expect(svg).toContain("ILACS 2021, Overall effectiveness: Good");
    expect(svg).toContain(">G</text>");
    await expect(svg).toMatchFileSnapshot("./__snapshots__/ofsted.svg");
  });
});

describe("ofsted-history description", () => {
  it("counts the council's inspections and names its latest grade", () => {
    const spec = getChart("ofsted-history", "walsall");
    const list = inspectionsFor("walsall");
    const latest = list.at(-1);
    if (!latest) throw new Error("no Walsall inspections");
    expect(spec.description).toContain(`${String(list.length)} time`);
    expect(spec.description).toContain(latest.overall);
  });
});
