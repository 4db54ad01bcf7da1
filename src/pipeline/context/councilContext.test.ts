import { describe, it, expect } from "vitest";
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { parseCsv } from "../lib/csv.ts";
import { PipelineError } from "../lib/errors.ts";
import { runCouncilContext } from "./councilContext.ts";
import { CONTEXT_FILES } from "./inputs.ts";
import { pairCensus } from "./pairing.ts";
import { parseContext, type ContextRow } from "./parse.ts";
import { ContextIndex, type CouncilInfo } from "./resolve.ts";

// The raw files sit beside the repo (../shared/data/raw); a clone without them skips the raw-file tests.
const raw = join(process.cwd(), "..", "shared", "data", "raw");
const hasRaw = existsSync(raw);

type Row = Record<string, string>;
const readRaw = (rel: string): Row[] =>
  Papa.parse<Row>(readFileSync(join(raw, rel), "utf8").replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true })
    .data;

/** Run the step into a fresh folder holding the committed councils.csv and workforce.csv. */
function runInto(): { dir: string; log: string[]; rows: Row[] } {
  const dir = mkdtempSync(join(tmpdir(), "cc-context-"));
  for (const f of ["councils.csv", "workforce.csv"]) copyFileSync(join(process.cwd(), "data", f), join(dir, f));
  const log: string[] = [];
  runCouncilContext(raw, dir, (l) => log.push(l));
  const rows = Papa.parse<Row>(readFileSync(join(dir, "council_context.csv"), "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;
  return { dir, log, rows };
}

describe.skipIf(!hasRaw)("council_context from the raw files", () => {
  const { dir, log, rows } = runInto();
  const wf = readRaw("workforce/csww_indicators_2017_to_2025.csv");
  const cin = readRaw(CONTEXT_FILES.cin.path);
  const n = (r: Row | undefined, c: string): number => Number(r?.[c]);
  const wfRow = (year: string, code: string): Row | undefined =>
    wf.find(
      (r) =>
        r["time_period"] === year && (code === "" ? r["geographic_level"] === "National" : r["old_la_code"] === code),
    );
  const cinOf = (year: string, codes: string[]): number =>
    codes.reduce(
      (s, code) =>
        s +
        n(
          cin.find(
            (r) =>
              r["time_period"] === year &&
              (code === "" ? r["geographic_level"] === "National" : r["old_la_code"] === code),
          ),
          "At31_episodes",
        ),
      0,
    );
  const out = (year: string, code: string): Row | undefined =>
    rows.find(
      (r) =>
        r["time_period"] === year && (code === "" ? r["geographic_level"] === "National" : r["old_la_code"] === code),
    );

  // Pins: England 2025 and three councils, computed here from the raw rows (31 March 2025 with 30 September 2025).
  const cases: [string, string, string[]][] = [
    ["England", "", [""]],
    ["Walsall", "335", ["335"]],
    ["Warwickshire", "937", ["937"]],
    ["Kingston upon Thames / Richmond upon Thames (joint)", "314 / 318", ["314", "318"]],
  ];
  for (const [label, code, codes] of cases) {
    it(`${label} 2025: case-holder share, children in need per case-holding FTE, cases per child in need`, () => {
      const w = wfRow("2025", code);
      const o = out("2025", code);
      const holders = n(w, "case_holders_fte");
      const children = cinOf("2025", codes);
      expect(Number(o?.["case_holder_share"])).toBeCloseTo(
        (holders / (n(w, "inpost_fte") + n(w, "agency_fte"))) * 100,
        2,
      );
      expect(Number(o?.["cin_per_case_holder_fte"])).toBeCloseTo(children / holders, 3);
      expect(Number(o?.["cases_per_cin"])).toBeCloseTo(n(w, "cases") / children, 3);
      expect(Number(o?.["At31_episodes"])).toBe(children);
    });
  }

  it("England 2025 matches the leads: about 50.7%, 19.1 children in need per case-holding FTE, 0.80 cases per child", () => {
    const e = out("2025", "");
    expect(Number(e?.["case_holder_share"]).toFixed(1)).toBe("50.7");
    expect(Number(e?.["cin_per_case_holder_fte"]).toFixed(1)).toBe("19.1");
    expect(Number(e?.["cases_per_cin"]).toFixed(2)).toBe("0.80");
  });

  it("flags the joint return and sums its councils", () => {
    const k = out("2025", "314 / 318");
    expect(k?.["joint"]).toBe("true");
    expect(k?.["notes"]).toMatch(/summed over Kingston upon Thames \(314\) and Richmond upon Thames \(318\)/);
  });

  it("uses Northamptonshire's count for North and West Northamptonshire at 31 March 2021, and says so", () => {
    const nn = out("2021", "940 / 941");
    expect(Number(nn?.["At31_episodes"])).toBe(cinOf("2021", ["928"]));
    expect(nn?.["notes"]).toMatch(/Northamptonshire \(928\), the same area/);
  });

  it("never invents a count for a council created after 31 March (Cumberland 2023, BCP 2019): x with the reason", () => {
    for (const [year, code] of [
      ["2023", "942"],
      ["2019", "839"],
    ] as const) {
      const r = out(year, code);
      expect(r?.["At31_episodes"]).toBe("");
      expect(r?.["At31_episodes_status"]).toBe("x");
      expect(r?.["cin_per_case_holder_fte_status"]).toBe("x");
      expect(r?.["notes"]).toMatch(/cannot be re-cut/);
    }
  });

  it("keeps symbols as symbols, never 0 (Kensington and Chelsea 2025 made no return)", () => {
    const r = out("2025", "207");
    expect(r?.["case_holder_share"]).toBe("");
    expect(r?.["case_holder_share_status"]).toBe("x");
    for (const row of rows) {
      for (const [k, v] of Object.entries(row)) {
        if (k.endsWith("_status") && v !== "") expect(row[k.slice(0, -7)], `${k} ${row["la_name"] ?? ""}`).toBe("");
      }
    }
  });

  it("prints row accounting for every file and writes what it says", () => {
    expect(log.join("\n")).toMatch(/b1_children_in_need_2013_to_2025\.csv: read 2132, used \d+/);
    expect(log.join("\n")).toContain(`council_context.csv: written ${String(rows.length)}`);
    expect(rows.length).toBe(wf.length);
  });

  it("the 3+ social workers table matches DfE's England row (22,140 of 83,300)", () => {
    const sw = Papa.parse<Row>(readFileSync(join(dir, "cla_social_workers_2024.csv"), "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const e = sw.find((r) => r["geographic_level"] === "National");
    const rawSw = readRaw(CONTEXT_FILES.sw.path).filter((r) => r["geographic_level"] === "National");
    const num = (kind: string): number =>
      n(
        rawSw.find((r) => r["sw_stability"] === kind),
        "number",
      );
    expect(Number(e?.["number"])).toBe(num("3 or more social workers during the year"));
    expect(Number(e?.["total_children"])).toBe(num("Total children"));
    expect(Number(e?.["share"])).toBeCloseTo((100 * Number(e?.["number"])) / Number(e?.["total_children"]), 2);
  });

  it("reproduces the committed tables byte for byte", () => {
    for (const f of [
      "council_context.csv",
      "council_context.meta.json",
      "cla_social_workers_2024.csv",
      "cla_social_workers_2024.meta.json",
    ]) {
      expect(readFileSync(join(dir, f)).equals(readFileSync(join(process.cwd(), "data", f))), f).toBe(true);
    }
  });
});

describe("pairCensus", () => {
  it("pairs 30 September Y with 31 March Y and the mid-year estimate of Y - 1", () => {
    expect(pairCensus(2025)).toEqual({
      censusYear: 2025,
      censusDate: "2025-09-30",
      countYear: 2025,
      countDate: "2025-03-31",
      populationYear: 2024,
    });
  });
});

const HEADER =
  "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,At31_episodes";
const line = (code: string, name: string, value: string, year = "2025"): string =>
  `${year},Reporting year,Local authority,E92000001,England,E13000002,Outer London,${code},E09000021,${name},${value}`;

describe("parseContext stops on bad input with file, line and column", () => {
  const parse = (text: string): ContextRow[] => parseContext(parseCsv(text, "b1.csv"), CONTEXT_FILES.cin);
  it("a cell that is neither a number nor a DfE symbol", () => {
    const text = [HEADER, line("314", "Kingston upon Thames", "12"), line("318", "Richmond upon Thames", "n/a")].join(
      "\n",
    );
    expect(() => parse(text)).toThrow(PipelineError);
    expect(() => parse(text)).toThrow(/b1\.csv, line 3, column "At31_episodes": "n\/a" is not a number/);
  });
  it("a negative count", () => {
    expect(() => parse([HEADER, line("314", "Kingston upon Thames", "-4")].join("\n"))).toThrow(
      /line 2, column "At31_episodes": -4 is outside/,
    );
  });
  it("a council row without a DfE code", () => {
    expect(() => parse([HEADER, line("", "Nowhere", "4")].join("\n"))).toThrow(/line 2, column "old_la_code"/);
  });
  it("an unknown population_type", () => {
    const h =
      "time_period,geographic_level,region_code,region_name,old_la_code,new_la_code,la_name,population_type,children_count";
    const text = `${h}\n2025,National,,,,,,Children adopted,5`;
    expect(() => parseContext(parseCsv(text, "cla.csv"), CONTEXT_FILES.cla)).toThrow(
      /cla\.csv, line 2, column "population_type": unknown value "Children adopted"/,
    );
  });
});

describe("ContextIndex on a joint return", () => {
  const councils = new Map<string, CouncilInfo>([
    ["314", { slug: "kingston-upon-thames", name: "Kingston upon Thames", code: "314", successorCodes: [] }],
    ["318", { slug: "richmond-upon-thames", name: "Richmond upon Thames", code: "318", successorCodes: [] }],
  ]);
  const area = { level: "Local authority" as const, regionCode: "", codes: ["314", "318"] };
  const rows = (b: string): ContextRow[] =>
    parseContext(
      parseCsv(
        [HEADER, line("314", "Kingston upon Thames", "100"), line("318", "Richmond upon Thames", b)].join("\n"),
        "b1.csv",
      ),
      CONTEXT_FILES.cin,
    );
  it("sums both councils", () => {
    expect(new ContextIndex(rows("50"), councils, "At31_episodes").resolve(2025, area).value).toBe(150);
  });
  it("keeps a partner's symbol rather than summing a part", () => {
    const r = new ContextIndex(rows("c"), councils, "At31_episodes").resolve(2025, area);
    expect(r).toMatchObject({ value: null, status: "c" });
    expect(r.note).toMatch(/Richmond upon Thames is c/);
  });
});
