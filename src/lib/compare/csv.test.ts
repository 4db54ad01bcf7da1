import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { compareCsv } from "./csv.ts";
import { compareCouncil, neighbourSet } from "./data.ts";
import { getCouncil } from "../data/councils.ts";
import { DFE_SOURCE } from "../chart/sources.ts";
import { DATA_RELEASE } from "../site.ts";

const set = (slug: string) => {
  const c = getCouncil(slug);
  if (!c) throw new Error(slug);
  return neighbourSet(c);
};
const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe("compareCsv", () => {
  it("holds every point of every council and measure, with source, licence and release", () => {
    const councils = set("walsall");
    const rows = parse(compareCsv(councils, () => [DFE_SOURCE]));
    const points = councils.flatMap((c) => Object.values(compareCouncil(c).series).flat());
    expect(rows).toHaveLength(points.length);
    expect(new Set(rows.map((r) => r["council_slug"]))).toEqual(new Set(councils.map((c) => c.slug)));
    const first = councils[0];
    if (!first) throw new Error("empty set");
    const walsall = compareCouncil(first);
    for (const [year, value] of walsall.series["caseload_fte"] ?? []) {
      const row = rows.find(
        (r) => r["council_slug"] === "walsall" && r["measure"] === "caseload_fte" && r["time_period"] === String(year),
      );
      expect(row?.["value"]).toBe(value === null ? "" : String(value));
    }
    expect(rows.every((r) => r["source"] === DFE_SOURCE.name && r["data_release"] === DATA_RELEASE)).toBe(true);
  });

  it("keeps a suppressed figure as its symbol with an empty value, never 0, and names joint returns", () => {
    const rows = parse(compareCsv(set("kingston-upon-thames"), () => [DFE_SOURCE]));
    for (const r of rows.filter((x) => x["value"] === "")) expect(r["symbol"]).toMatch(/^[a-z]+$/);
    expect(
      rows.some(
        (r) => r["council_slug"] === "kingston-upon-thames" && r["joint_return_with"] === "Richmond upon Thames",
      ),
    ).toBe(true);
  });
});
