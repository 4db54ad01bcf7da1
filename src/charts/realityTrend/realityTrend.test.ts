import { describe, expect, it } from "vitest";
import { renderPlot } from "../../lib/chart/render.ts";
import { realityTrend, type TrendRow } from "./plot.ts";
import { describeTrend } from "./spec.ts";

const row = (
  series: string,
  role: TrendRow["role"],
  measure: TrendRow["measure"],
  year: number,
  value: number | null,
): TrendRow => ({
  series,
  role,
  measure,
  year,
  value,
  status: value === null ? "x" : "",
  joint: false,
});
const rows: TrendRow[] = [
  row("Town: official caseload", "council", "caseload", 2024, 14),
  row("Town: official caseload", "council", "caseload", 2025, 12),
  row("Town: children in need", "council", "need", 2024, null),
  row("Town: children in need", "council", "need", 2025, 18),
  row("England: official caseload", "england", "caseload", 2024, 15.4),
  row("England: official caseload", "england", "caseload", 2025, 15.2),
];

describe("reality-trend", () => {
  it("describes each line's first and last year, naming a missing value", () => {
    expect(describeTrend(rows)).toBe(
      "Town: official caseload 14.0 in 2024, 12.0 in 2025. Town: children in need per case-holding FTE no figure (x) in 2024, 18.0 in 2025. England: official caseload 15.4 in 2024, 15.2 in 2025.",
    );
  });
  it("marks the missing year with its symbol and is the same drawing every time (snapshot)", async () => {
    const svg = renderPlot(realityTrend(rows, { width: 640, years: [2024, 2025] }));
    expect(svg).toContain("Town: children in need, 2024: no figure (x)");
    await expect(svg).toMatchFileSnapshot("./__snapshots__/reality-trend.svg");
  });
});
