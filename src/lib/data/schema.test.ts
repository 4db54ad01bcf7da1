/**
 * The build reads data/ through the schemas: a hand edit that breaks a rule stops at once with
 * `data/<table>.csv, line N, column "C": reason`. Each case edits one cell of a copy of the committed tables.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { loadDataset } from "./dataset.ts";
import { columnsOf, SCHEMAS } from "./schema.ts";
import { workforceProblems } from "./rules.ts";

/** A copy of data/ with one cell of one table changed; returns the folder and the edited row's line. */
function edited(table: string, where: (r: Record<string, string>) => boolean, set: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "cc-schema-"));
  cpSync(join(process.cwd(), "data"), dir, { recursive: true });
  const file = join(dir, `${table}.csv`);
  const [head = [], ...rows] = Papa.parse<string[]>(readFileSync(file, "utf8"), { skipEmptyLines: true }).data;
  const i = rows.findIndex((r) => where(Object.fromEntries(head.map((h, k) => [h, r[k] ?? ""]))));
  const row = rows[i] ?? [];
  for (const [k, v] of Object.entries(set)) row[head.indexOf(k)] = v;
  writeFileSync(file, `${Papa.unparse([head, ...rows], { newline: "\n" })}\n`);
  return { dir, line: i + 2 };
}

const wf = (name: string, year: string) => (r: Record<string, string>) =>
  r["la_name"] === name && r["time_period"] === year;

describe("data/ through the schemas", () => {
  it("the committed tables pass, with every column in the schema's order", () => {
    const d = loadDataset(join(process.cwd(), "data"));
    for (const name of Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[])
      expect(d[name].table.fields).toEqual(columnsOf(name));
    expect(d.workforce.rows).toHaveLength(1463);
  });
  it.each([
    ["workforce", wf("Wirral", "2025"), { caseload_fte: "-5" }, "caseload_fte", /must be a plain non-negative decimal/],
    ["workforce", wf("Wigan", "2025"), { caseload_fte: "999" }, "caseload_fte", /caseload 999 is implausible/],
    ["workforce", wf("Leeds", "2025"), { agency_rate_fte: "250" }, "agency_rate_fte", /rate 250 is outside 0-100/],
    ["workforce", wf("Walsall", "2024"), { caseload_fte: "twelve" }, "caseload_fte", /plain non-negative decimal/],
    ["workforce", wf("Walsall", "2024"), { cases: "1e3" }, "cases", /no exponent/],
    ["workforce", wf("Walsall", "2024"), { cases: "1000000000" }, "caseload_fte", /disagrees with cases/],
    ["inspections", (r: Record<string, string>) => r["council_slug"] === "walsall", { overall: "Excellent" }, "overall", /must be one of/],
    ["inspections", (r: Record<string, string>) => r["council_slug"] === "walsall", { report_url: "http://reports.ofsted.gov.uk/x" }, "report_url", /https only/],
    ["councils", (r: Record<string, string>) => r["slug"] === "walsall", { stat_neighbours_source: "" }, "stat_neighbours_source", /source/],
    ["testimony", () => true, { date: "2099-01-01" }, "date", /after today/],
  ] as const)("%s %j stops at its line and column", (table, where, set, column, reason) => {
    const { dir, line } = edited(table, where, set);
    let message = "";
    try {
      loadDataset(dir);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain(`data/${table}.csv, line ${String(line)}, column "${column}": `);
    expect(message).toMatch(reason);
  });
  it("a dangling slug across tables names the table, line and column", () => {
    const { dir, line } = edited("inspections", (r) => r["council_slug"] === "walsall", { council_slug: "atlantis" });
    expect(() => loadDataset(dir)).toThrow(`data/inspections.csv, line ${String(line)}, column "council_slug": "atlantis" is not a council slug`);
  });
});

describe("the row rules, shared with the pipeline", () => {
  const ok = { cases: 100, case_holders_fte: 10, caseload_fte: 10, agency_fte: 10, inpost_fte: 90, agency_rate_fte: 10 };
  it("accept a consistent council row and rounding", () => {
    expect(workforceProblems("Local authority", ok)).toEqual([]);
    expect(workforceProblems("Local authority", { ...ok, caseload_fte: 10.05 })).toEqual([]);
  });
  it("catch swapped or mistyped values in council rows only", () => {
    expect(workforceProblems("Local authority", { ...ok, agency_rate_fte: 31 })[0]?.column).toBe("agency_rate_fte");
    expect(workforceProblems("National", { ...ok, agency_rate_fte: 31 })).toEqual([]);
    expect(workforceProblems("National", { ...ok, inpost_headcount: 1.5 })[0]?.reason).toMatch(/whole number/);
  });
});

describe("the readers, pointed at a fixture folder", () => {
  it("stop the build with the table, line and column", async () => {
    const { dir, line } = edited("workforce", wf("Wirral", "2025"), { caseload_fte: "-5" });
    process.env["DATA_DIR"] = dir;
    try {
      const { allWorkforceRows } = await import("./workforce.ts");
      expect(() => allWorkforceRows()).toThrow(`data/workforce.csv, line ${String(line)}, column "caseload_fte"`);
    } finally {
      delete process.env["DATA_DIR"];
    }
  });
});
