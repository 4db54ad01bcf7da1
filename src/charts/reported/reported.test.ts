/** Reported figures beside the official value: the Plot function on a tiny fixture, its SVG, and a description. */
import { describe, expect, it } from "vitest";
import { renderPlot } from "../../lib/chart/render.ts";
import { getChart } from "../registry.ts";
import { reportedVsOfficial } from "./plot.ts";

describe("reportedVsOfficial", () => {
  it("draws the official value and the reported interval (snapshot)", async () => {
    const svg = renderPlot(
      reportedVsOfficial(
        [
          {
            label: "Caseload, 2018: article",
            measure: "Caseload",
            low: 19.9,
            high: 19.9,
            official: 19.9,
            officialYear: 2018,
            kind: "reported",
            verdict: "matches",
          },
        ],
        { width: 640, measures: ["Caseload"] },
      ),
    );
    expect(svg).toContain("Official DfE figure, 2018: 19.9");
    expect(svg).toContain("Caseload, 2018: article: 19.9 (matches)");
    await expect(svg).toMatchFileSnapshot("./__snapshots__/reported.svg");
  });
});

describe("reported-vs-official description", () => {
  it("sets each statement beside the count it is checked against, and says which (the dating rule)", () => {
    const spec = getChart("reported-vs-official", "east-sussex");
    expect(spec.description).toContain("at the 30 September count it is checked against");
    expect(spec.description).not.toContain("same year");
    // East Sussex's agency figure was stated in July 2018, before that year's count: read against 2017, and the
    // caption no longer calls that "the same year".
    expect(spec.description).toMatch(/, 2018: [^;]*against an official \d+\.\d \(2017\)/);
    expect(spec.notes.join(" ")).toContain("last 30 September count on or before");
  });
});
