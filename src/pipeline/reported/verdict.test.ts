import { describe, expect, it } from "vitest";
import { decimals, gap, roundTo, verdict, type VerdictInput } from "./verdict.ts";
import { bracketingYears, resolveDate } from "./match.ts";

const base: VerdictInput = {
  councilSlug: "warwickshire",
  measure: "caseload_fte",
  scope: "council-wide average",
  low: 24,
  high: 26,
  before: { year: 2017, value: 18.3, status: "" },
  after: { year: 2018, value: 18.6, status: "" },
};

describe("verdict", () => {
  it("gives the gap to the nearer count when the figure differs", () => {
    expect(verdict(base)).toEqual({ kind: "differs", text: "differs by 5.4", difference: 5.4, comparedYear: 2018 });
  });

  it("matches when the official value rounds into the range at the stated precision", () => {
    const v = verdict({
      ...base,
      low: 15,
      high: 15,
      before: { year: 2019, value: 14.9, status: "" },
      after: { year: 2020, value: 15.4, status: "" },
    });
    expect(v.kind).toBe("matches");
    expect(v.comparedYear).toBe(2019);
  });

  it("keeps one-decimal figures to one decimal", () => {
    const point = { year: 2017, value: 30.2, status: "" };
    expect(verdict({ ...base, low: 30.5, high: 30.5, before: point, after: point }).text).toBe("differs by 0.3");
  });

  it("says when the reported figure is lower than the official value", () => {
    const v = verdict({
      ...base,
      low: 15,
      high: 15,
      before: { year: 2018, value: 17.4, status: "" },
      after: { year: 2019, value: 14.1, status: "" },
    });
    expect(v).toMatchObject({ text: "differs by 0.9", difference: 0.9, comparedYear: 2019 });
    const lower = verdict({ ...base, low: 10, high: 12 });
    expect(lower).toMatchObject({ text: "differs by 6.3", difference: -6.3, comparedYear: 2017 });
  });

  it.each([
    [{ low: null, high: null }, "cannot be checked: no figure stated"],
    [{ councilSlug: "" }, "cannot be checked: no council named"],
    [{ measure: "other" as const }, "cannot be checked: not a measure in the DfE workforce series"],
    [{ scope: "team" as const }, "cannot be checked: a team's caseload, not the council-wide average"],
    [{ scope: "target" as const }, "cannot be checked: a target, not an actual figure"],
    [{ scope: "individual" as const }, "cannot be checked: one person's caseload, not the council-wide average"],
    [{ before: "none" as const }, "cannot be checked: stated before the DfE series starts (30 Sep 2017)"],
    [{ after: "none" as const }, "cannot be checked: stated after the latest DfE count"],
  ])("cannot check %o", (change, text) => {
    const v = verdict({ ...base, ...change });
    expect(v).toEqual({ kind: "cannot be checked", text, difference: null, comparedYear: null });
  });

  it("cannot check when DfE published a symbol on both sides, and uses the side that has a value", () => {
    const x = { year: 2024, value: null, status: "u" };
    expect(verdict({ ...base, before: x, after: { ...x, year: 2025 } }).text).toBe(
      "cannot be checked: no official value published (status u)",
    );
    expect(verdict({ ...base, before: x, after: { year: 2025, value: 25, status: "" } }).kind).toBe("matches");
  });
});

describe("helpers", () => {
  it("counts decimals and rounds half away from zero", () => {
    expect([decimals(15), decimals(30.5), decimals(0.25)]).toEqual([0, 1, 2]);
    expect([roundTo(14.5, 0), roundTo(0.3, 0), roundTo(-2.45, 1)]).toEqual([15, 0, -2.5]);
    expect(gap(19.8, 20, 23)).toBe(0);
    expect(gap(26.6, 24, 26)).toBe(-0.6);
  });

  it("brackets a statement by the 30 September counts either side", () => {
    expect(bracketingYears("2018-07-17")).toEqual({ before: 2017, after: 2018 });
    expect(bracketingYears("2018-09-30")).toEqual({ before: 2018, after: 2018 });
    expect(bracketingYears("2018-10-01")).toEqual({ before: 2018, after: 2019 });
    expect(bracketingYears("2018-08")).toEqual({ before: 2017, after: 2018 });
    expect(resolveDate("2018-09")).toBe("2018-09-30");
    expect(resolveDate("2016")).toBe("2016-12-31");
  });
});
