import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { distributionShare } from "./distributionFacts.ts";

/** The group rows of the committed table, read here with papaparse rather than through the reader under test. */
const groups = Papa.parse<Record<string, string>>(
  readFileSync(join(process.cwd(), "data/caseload_distribution_2021.csv"), "utf8"),
  { header: true, skipEmptyLines: true },
).data.filter((r) => r["row_kind"] === "group");
const sumFrom = (from: number): number =>
  groups.filter((r) => Number(r["cases_per_fte_from"]) >= from).reduce((n, r) => n + Number(r["proportion"]), 0);

describe("distributionShare", () => {
  it("prints the share of case holders from a caseload up, as the table's group proportions add up", () => {
    expect(distributionShare(20, `${sumFrom(20).toFixed(1)}%`)).toBe("32.3%");
    expect(distributionShare(25, "12.2%")).toBe(`${sumFrom(25).toFixed(1)}%`);
  });
  it("stops the build when the article's figure differs from the data", () => {
    expect(() => distributionShare(20, "33.0%")).toThrow(/expects "33.0%" but the data gives "32.3%"/);
  });
});
