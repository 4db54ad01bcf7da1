import { describe, expect, it } from "vitest";
import { countInForce, countYears } from "./counts.ts";

describe("the dating rule: the last 30 September count on or before the date", () => {
  const years = [2017, 2018, 2019, 2020, 2021];
  it("reads a statement made before 30 September against the previous year's count", () => {
    expect(countInForce("2018-09-22", years)).toBe(2017); // Darcy's comment
    expect(countInForce("2021-09-20", years)).toBe(2020);
  });
  it("reads a statement made on or after 30 September against that year's count", () => {
    expect(countInForce("2018-09-30", years)).toBe(2018);
    expect(countInForce("2021-10-04", years)).toBe(2021);
    expect(countInForce("2021-12-07T10:00:00Z", years)).toBe(2021);
  });
  it("keeps to the last count there is, and has none before the first", () => {
    expect(countInForce("2026-01-01", years)).toBe(2021);
    expect(countInForce("2017-09-29", years)).toBeNull();
    expect(countInForce("2016-11-15", years)).toBeNull();
  });
  it("rejects what is not a date", () => {
    expect(() => countInForce("Sept 2018", years)).toThrow(/not an ISO date/);
  });
  it("uses the counts DfE publishes by default", () => {
    expect(countYears()[0]).toBe(2017);
    expect(countInForce("2018-09-22")).toBe(2017);
  });
});
