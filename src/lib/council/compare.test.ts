import { describe, expect, it } from "vitest";
import { parseCompare } from "./compare.ts";
import { groupBand, sameGradeCouncils, flagText, jointWith } from "./model.ts";
import { quantile } from "../domain/stats.ts";

describe("parseCompare", () => {
  const offered = ["england", "neighbours", "grade"];
  it("defaults quietly when there is no value", () => {
    expect(parseCompare(null, offered)).toEqual({ view: "england", notice: null });
    expect(parseCompare("", offered)).toEqual({ view: "england", notice: null });
  });
  it("reads each offered view, forgiving case and spaces", () => {
    expect(parseCompare("neighbours", offered)).toEqual({ view: "neighbours", notice: null });
    expect(parseCompare(" Grade ", offered)).toEqual({ view: "grade", notice: null });
  });
  it("falls back to the default with a notice on anything else", () => {
    for (const bad of ["nonsense", "<script>", "neighbours;grade", "%00"]) {
      const p = parseCompare(bad, offered);
      expect(p.view).toBe("england");
      expect(p.notice).toMatch(/England and the region/);
    }
  });
  it("a view the council's page does not offer falls back with the notice", () => {
    const p = parseCompare("grade", ["england", "neighbours"]);
    expect(p).toEqual({ view: "england", notice: expect.stringMatching(/not available for this council/) as unknown });
  });
});

describe("comparators", () => {
  it("same-grade councils share the latest grade and exclude the council", () => {
    const { grade, councils } = sameGradeCouncils("birmingham");
    expect(grade).toBe("Good");
    expect(councils.length).toBeGreaterThan(10);
    expect(councils.some((c) => c.slug === "birmingham")).toBe(false);
  });
  it("quantiles interpolate", () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10], 0.25)).toBe(10);
  });
  it("a group band counts a joint return once", () => {
    const band = groupBand(
      ["kingston-upon-thames", "richmond-upon-thames", "walsall", "birmingham"],
      "caseload_fte",
      [2020],
    );
    expect(band[0]?.n).toBe(3);
  });
  it("flags a suppressed value and a joint return", () => {
    expect(flagText({ year: 2025, value: null, status: "u", joint: false, la_name: "Birmingham" }, "birmingham")).toBe(
      "u: low reliability",
    );
    expect(
      flagText(
        { year: 2025, value: 13, status: "", joint: true, la_name: "Kingston upon Thames / Richmond upon Thames" },
        "kingston-upon-thames",
      ),
    ).toBe("joint figure with Richmond upon Thames");
    expect(jointWith("North Northamptonshire / West Northamptonshire", "west-northamptonshire")).toBe(
      "North Northamptonshire",
    );
  });
});
