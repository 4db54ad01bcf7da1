import { describe, expect, it } from "vitest";
import { describeTrend, movement, relative } from "./describe.ts";

const walsall = [
  { year: 2018, value: 19.9 },
  { year: 2019, value: 17.1 },
  { year: 2020, value: 13.4 },
];
const england = [
  { year: 2018, value: 17.4 },
  { year: 2019, value: 17.0 },
  { year: 2020, value: 16.3 },
];

describe("describeTrend", () => {
  it("writes first and last values against England", () => {
    expect(
      describeTrend({ name: "Walsall", points: walsall }, "average caseload", "cases", {
        name: "England",
        points: england,
      }),
    ).toBe(
      "Walsall's average caseload fell from 19.9 in 2018 to 13.4 in 2020, while England's fell from 17.4 to 16.3. In 2020 Walsall was 2.9 below England.",
    );
  });
  it("names a peak in the middle that stands out", () => {
    const pts = [
      { year: 2017, value: 14 },
      { year: 2018, value: 19 },
      { year: 2019, value: 15 },
    ];
    expect(describeTrend({ name: "X", points: pts }, "average caseload", "cases")).toBe(
      "X's average caseload rose from 14.0 in 2017 to 15.0 in 2019, peaking at 19.0 in 2018.",
    );
  });
  it("calls a small change broadly unchanged", () => {
    expect(movement({ year: 2017, value: 15 }, { year: 2025, value: 15.3 }, "cases")).toBe(
      "was broadly unchanged (15.0 in 2017, 15.3 in 2025)",
    );
  });
  it("names suppressed years with DfE's meaning of the symbol", () => {
    const pts = [
      { year: 2023, value: 17.7, status: "" },
      { year: 2024, value: null, status: "u" },
      { year: 2025, value: 15.2, status: "" },
    ];
    expect(describeTrend({ name: "Birmingham", points: pts }, "average caseload", "cases")).toContain(
      "No figure was published for 2024 (u: low reliability).",
    );
  });
  it("handles a series with no numbers", () => {
    expect(
      describeTrend({ name: "Y", points: [{ year: 2017, value: null, status: "x" }] }, "average caseload", "cases"),
    ).toBe("No average caseload figure has been published for Y. No figure was published for 2017 (x: not available).");
  });
  it("writes percentage gaps in points", () => {
    expect(relative(7.7, 13, "percent")).toBe("5.3 points below");
    expect(relative(16, 16, "cases")).toBe("level with");
  });
});
