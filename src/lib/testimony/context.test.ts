import { describe, expect, it } from "vitest";
import { contextFor, fiveNumbers, missingReason, rangeText, spreadFor, statedText } from "./context.ts";

describe("the count a testimony is read against", () => {
  it("is the last 30 September count on or before it (src/lib/domain/counts.ts)", () => {
    expect(contextFor({ date: "2018-09-22", councilSlug: null }).year).toBe(2017);
    expect(contextFor({ date: "2021-12-07", councilSlug: null }).year).toBe(2021);
  });
  it("does not exist before the first count", () => {
    expect(() => contextFor({ date: "2016-11-15", councilSlug: null })).toThrow(/before the first DfE count/);
  });
});

describe("spread", () => {
  it("five numbers of sorted values", () => {
    expect(fiveNumbers([1, 2, 3, 4, 5])).toEqual({ min: 1, q1: 2, median: 3, q3: 4, max: 5 });
    expect(fiveNumbers([])).toBeNull();
  });
  it("the 2018 spread of council averages from the real data, symbols left out", () => {
    const s = spreadFor(2018);
    expect(s).not.toBeNull();
    expect(s?.n).toBeGreaterThan(140);
    expect(s?.min).toBeLessThan(s?.median ?? 0);
    expect(s?.max).toBeGreaterThan(s?.q3 ?? 0);
    expect(spreadFor(1999)).toBeNull();
  });
});

describe("contextFor", () => {
  it("a named council: its value, England's and the spread at the last count on or before the comment", () => {
    const c = contextFor({ date: "2018-09-10", councilSlug: "east-sussex" });
    expect(c.year).toBe(2017); // 10 September 2018: the 2018 count was not yet taken
    expect(c.council?.name).toBe("East Sussex");
    expect(typeof c.council?.value).toBe("number");
    expect(typeof c.england).toBe("number");
  });
  it("a symbol is a reason, never a zero", () => {
    const c = contextFor({ date: "2024-10-01", councilSlug: "birmingham" });
    expect(c.council).toMatchObject({ value: null, status: "u" });
    expect(missingReason("u")).toBe("u: low reliability");
    expect(missingReason("no row")).toBe("no DfE row that year");
  });
  it("no council: England and the spread only", () => {
    expect(contextFor({ date: "2021-12-07", councilSlug: null }).council).toBeNull();
  });
});

describe("rangeText", () => {
  it("states ranges, single figures and none", () => {
    expect(rangeText({ caseloadLow: 38, caseloadHigh: 45 })).toBe("38 to 45");
    expect(rangeText({ caseloadLow: 20, caseloadHigh: 20 })).toBe("20");
    expect(rangeText({ caseloadLow: null, caseloadHigh: null })).toBeNull();
  });
});

describe("what a commenter said, in figures", () => {
  const none = { teamLow: null, teamHigh: null, teamWords: "" };
  it("keeps a floor a floor and a team's figure apart from the commenter's own", () => {
    expect(statedText({ caseloadLow: 38, caseloadHigh: null, teamLow: 44, teamHigh: 46, teamWords: "mid 40s" })).toBe(
      "at least 38 for themselves, with the mid 40s for their team",
    );
    expect(statedText({ caseloadLow: 38, caseloadHigh: 45, ...none })).toBe("38 to 45");
    expect(statedText({ caseloadLow: null, caseloadHigh: null, teamLow: 20, teamHigh: 20, teamWords: "" })).toBe(
      "20 for their team",
    );
    expect(rangeText({ caseloadLow: 38, caseloadHigh: null })).toBe("at least 38");
  });
});
