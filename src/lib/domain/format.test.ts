import { describe, expect, it } from "vitest";
import { dateAt, dp1, formatCell, pct, round1, roundHalfAway } from "./format.ts";

describe("the one rounding rule: from the decimal string, half away from zero", () => {
  it("rounds exact .x5 values up", () => {
    expect(dp1(15.15)).toBe("15.2");
    expect(dp1(17.05)).toBe("17.1");
    expect(round1(17.05)).toBe(17.1);
    expect((1.45).toFixed(1)).toBe("1.4"); // toFixed rounds the binary value, just under 1.45
    expect(dp1(1.45)).toBe("1.5");
    expect(dp1(16.45)).toBe("16.5");
    expect(dp1(0.05)).toBe("0.1");
    expect(dp1(1.005)).toBe("1.0");
    expect(roundHalfAway(1.005, 2)).toBe("1.01");
  });
  it("rounds values that arithmetic left just under .x5 as their decimal string says", () => {
    const midpoint = 0.1 + 0.2 + 0.05; // 0.35000000000000003; and 0.3 + 0.05 is 0.35 exactly
    expect(dp1(0.3 + 0.05)).toBe("0.4");
    const under = 17.15 - 0.1; // 17.049999999999997 in floating point
    expect(under).not.toBe(17.05);
    expect(under.toFixed(1)).toBe("17.0"); // the old ways rounded it down
    expect(Math.round(under * 10) / 10).toBe(17);
    expect(dp1(under)).toBe("17.1");
    expect(round1(under)).toBe(17.1);
    expect(dp1(midpoint)).toBe("0.4");
  });
  it("rounds negative halves away from zero and never prints -0.0", () => {
    expect(dp1(-0.25)).toBe("-0.3");
    expect(dp1(-2.65)).toBe("-2.7");
    expect(dp1(-0.04)).toBe("0.0");
    expect(dp1(0)).toBe("0.0");
  });
  it("keeps other values as toFixed would", () => {
    expect(dp1(19.94)).toBe("19.9");
    expect(dp1(19.96)).toBe("20.0");
    expect(dp1(7)).toBe("7.0");
    expect(dp1(123456.75)).toBe("123456.8");
    expect(pct(30.45)).toBe("30.5%");
    expect(formatCell(1234.5, "int")).toBe("1,235");
    expect(formatCell(15.15, "dp1")).toBe("15.2");
    expect(formatCell("2018-09-05", "date")).toBe("5 September 2018");
    expect(formatCell(2018, "date")).toBe("2018");
    expect(roundHalfAway(1e-7, 1)).toBe("0.0");
  });
});

describe("dateAt", () => {
  it("writes a date at the precision known", () => {
    expect(dateAt("2018-09-05", "day")).toBe("5 September 2018");
    expect(dateAt("2018-08", "month")).toBe("August 2018");
    expect(dateAt("2018-08-01", "month")).toBe("August 2018");
    expect(dateAt("2018", "year")).toBe("2018");
    expect(dateAt("2016-11-15", "upper bound")).toBe("on or before 15 November 2016");
  });
});
