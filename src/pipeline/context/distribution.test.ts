import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { tempDir } from "../reported/testkit.ts";
import { DISTRIBUTION_TABLE, GROUPS_FILE, runDistribution } from "./distribution.ts";

const RAW = join(process.cwd(), "..", "shared", "data", "raw");
const haveRaw = existsSync(join(RAW, GROUPS_FILE));
const parse = (text: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;

/** Run the step on a raw folder, with the committed workforce.csv as the main pipeline's output. */
function run(rawDir: string): { out: string; lines: string[] } {
  const out = tempDir("distribution");
  copyFileSync(join(process.cwd(), "data", "workforce.csv"), join(out, "workforce.csv"));
  const lines: string[] = [];
  runDistribution(rawDir, out, (l) => lines.push(l));
  return { out, lines };
}

describe.runIf(haveRaw)("caseload distribution 2021 from the raw rows", () => {
  const { out, lines } = run(RAW);
  const written = readFileSync(join(out, `${DISTRIBUTION_TABLE}.csv`), "utf8");
  const rows = parse(written);
  const typed = parse(readFileSync(join(RAW, GROUPS_FILE), "utf8"));
  const england = parse(readFileSync(join(RAW, "workforce/csww_indicators_2017_to_2025.csv"), "utf8")).find(
    (r) => r["time_period"] === "2021" && r["geographic_level"] === "National",
  );

  it("derives the 25-50 group as 100 - the five proportions, and its FTE from the 2021 case holders", () => {
    const sumP = typed.reduce((n, r) => n + Number(r["proportion"]), 0);
    const sumF = typed.reduce((n, r) => n + Number(r["total_fte"]), 0);
    const derived = rows.find((r) => r["derived"] === "true");
    expect(typed).toHaveLength(5);
    expect(Number(derived?.["proportion"])).toBeCloseTo(100 - sumP, 6);
    expect(Number(derived?.["total_fte"])).toBeCloseTo(Number(england?.["case_holders_fte"]) - 91.0 - sumF, 6);
    expect(derived).toMatchObject({ cases_per_fte_from: "25", cases_per_fte_to: "50", to_inclusive: "true" });
    expect(rows.filter((r) => r["derived"] === "true")).toHaveLength(1);
  });

  it("keeps the five typed groups as published, the footnotes and the 2021 average", () => {
    const groups = rows.filter((r) => r["row_kind"] === "group" && r["derived"] === "false");
    expect(groups.map((r) => [r["cases_held_per_fte"], r["total_fte"], r["proportion"]])).toEqual(
      typed.map((r) => [r["cases_held_per_fte"], r["total_fte"], r["proportion"]]),
    );
    const excluded = rows.filter((r) => r["row_kind"] === "excluded");
    expect(excluded.map((r) => [r["total_fte"], r["headcount"], r["cases"]])).toEqual([
      ["17930", "", ""],
      ["", "26", "309"],
      ["91", "", "4878"],
    ]);
    const average = rows.find((r) => r["row_kind"] === "national average");
    expect(average?.["caseload_fte"]).toBe(england?.["caseload_fte"]);
  });

  it("prints row accounting and reproduces the committed table byte for byte", () => {
    expect(lines[0]).toBe(`${GROUPS_FILE}: read 5, written 5 groups + 1 derived (25 to 50)`);
    expect(lines.at(-1)).toBe(`wrote ${DISTRIBUTION_TABLE}.csv (10) + meta.json`);
    expect(written).toBe(readFileSync(join(process.cwd(), "data", `${DISTRIBUTION_TABLE}.csv`), "utf8"));
  });
});

describe("bad input stops with file, line, column and reason", () => {
  const HEADER =
    "time_period,time_identifier,geographic_level,country_code,country_name,cases_held_per_fte,total_fte,proportion";
  const good = [
    "2021,Reporting year,National,E92000001,England,1 - <5 Cases per FTE,1876.7,9.17",
    "2021,Reporting year,National,E92000001,England,5 - <10 Cases per FTE,2284.9,11.17",
    "2021,Reporting year,National,E92000001,England,10 - <15 Cases per FTE,3923.42,19.18",
    "2021,Reporting year,National,E92000001,England,15 - <20 Cases per FTE,5774.25,28.22",
    "2021,Reporting year,National,E92000001,England,20 - <25 Cases per FTE,4094.71,20.02",
  ];
  const rawWith = (lines: string[]): string => {
    const dir = tempDir("distribution-raw");
    mkdirSync(join(dir, "context"));
    writeFileSync(join(dir, GROUPS_FILE), [HEADER, ...lines].join("\n"));
    return dir;
  };

  it("accepts the fixture as published", () => {
    expect(run(rawWith(good)).lines).toHaveLength(4);
  });
  it("refuses a DfE symbol where a group's FTE belongs", () => {
    const bad = good.map((l, i) => (i === 1 ? l.replace("2284.9", "x") : l));
    expect(() => run(rawWith(bad))).toThrow(
      `${GROUPS_FILE}, line 3, column "total_fte": must be a plain non-negative number`,
    );
  });
  it("refuses a gap between groups", () => {
    const bad = good.filter((_, i) => i !== 2);
    expect(() => run(rawWith(bad))).toThrow(
      `${GROUPS_FILE}, line 4, column "cases_held_per_fte": groups must run on from 10`,
    );
  });
  it("refuses a proportion that does not match its FTE", () => {
    const bad = good.map((l, i) => (i === 0 ? l.replace("9.17", "10.17") : l));
    expect(() => run(rawWith(bad))).toThrow(/line 2, column "proportion": 1 - <5 Cases per FTE: 10.17%/);
  });
});
