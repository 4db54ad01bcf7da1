import { describe, expect, it } from "vitest";
import { renderPlot } from "../../lib/chart/render.ts";
import { getChart } from "../registry.ts";
import { readTable } from "../../lib/data/load.ts";
import { fteSplit } from "./plot.ts";

describe("fte-split", () => {
  it("describes England's split from the workforce table", () => {
    const wf = readTable("workforce").find((r) => r["geographic_level"] === "National" && r["time_period"] === "2025");
    const all = Number(wf?.["inpost_fte"]) + Number(wf?.["agency_fte"]);
    const holding = Number(wf?.["case_holders_fte"]);
    const spec = getChart("fte-split", "england");
    expect(spec.description).toContain(
      `In 2025, ${Math.round(holding).toLocaleString("en-GB")} of ${Math.round(all).toLocaleString("en-GB")} social worker FTE`,
    );
    expect(spec.description).toContain(`(${((100 * holding) / all).toFixed(1)}%)`);
  });
  it("is the same drawing every time (snapshot)", async () => {
    const svg = renderPlot(
      fteSplit(
        [
          { year: 2024, holding: 100, other: 100, share: 50 },
          { year: 2025, holding: 120, other: 80, share: 60 },
        ],
        { width: 640 },
      ),
    );
    expect(svg).toContain("<title>2025, Holding cases: 120 FTE</title>");
    await expect(svg).toMatchFileSnapshot("./__snapshots__/fte-split.svg");
  });
});
