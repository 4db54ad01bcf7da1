import { describe, expect, it } from "vitest";
import { implausibleAt, implausibleReason, MIN_FTE_FOR_ZERO_LEAVERS } from "./plausibility.ts";

const row = (values: Record<string, number | null>) => ({ values });

describe("implausible published values", () => {
  it("flags the named cases in the real data, with the reason", () => {
    expect(implausibleAt("east-sussex", 2017, "turnover_rate_fte")).toMatch(
      /0 FTE leavers but 27 leavers by headcount \(a headcount turnover of 8.3%\)/,
    );
    expect(implausibleAt("manchester", 2022, "turnover_rate_fte")).toMatch(/0 leavers in the year from 415 FTE/);
    expect(implausibleAt("manchester", 2022, "turnover_rate_headcount")).toMatch(/415 FTE/);
    expect(implausibleAt("derby", 2017, "turnover_rate_fte")).toMatch(/13 leavers by headcount/);
    expect(implausibleAt("kingston-upon-hull", 2017, "turnover_rate_fte")).toMatch(/5 leavers by headcount/);
  });

  it("leaves real values alone: other years, other measures, small councils", () => {
    expect(implausibleAt("east-sussex", 2018, "turnover_rate_fte")).toBeNull();
    expect(implausibleAt("manchester", 2022, "caseload_fte")).toBeNull();
    expect(implausibleAt("manchester", 2022, "agency_rate_fte")).toBeNull();
    expect(implausibleAt("city-of-london", 2025, "turnover_rate_fte")).toBeNull();
    expect(implausibleAt("isles-of-scilly", 2018, "turnover_rate_fte")).toBeNull();
  });

  it("draws the line at MIN_FTE_FOR_ZERO_LEAVERS FTE and needs a published 0", () => {
    const zero = { turnover_rate_fte: 0, leavers_fte: 0, leavers_headcount: 0 };
    expect(
      implausibleReason(row({ ...zero, inpost_fte: MIN_FTE_FOR_ZERO_LEAVERS }), "turnover_rate_fte"),
    ).not.toBeNull();
    expect(
      implausibleReason(row({ ...zero, inpost_fte: MIN_FTE_FOR_ZERO_LEAVERS - 0.1 }), "turnover_rate_fte"),
    ).toBeNull();
    expect(
      implausibleReason(row({ ...zero, inpost_fte: 12, leavers_headcount: 2 }), "turnover_rate_fte"),
    ).not.toBeNull();
    expect(
      implausibleReason(row({ turnover_rate_fte: 0.9, leavers_fte: 1, inpost_fte: 107 }), "turnover_rate_fte"),
    ).toBeNull();
    expect(
      implausibleReason(row({ turnover_rate_fte: null, leavers_fte: null, inpost_fte: 300 }), "turnover_rate_fte"),
    ).toBeNull();
  });
});
