/**
 * Bad input stops the pipeline with ONE PipelineError naming file, line, column and reason.
 * Each case breaks exactly one thing in an otherwise valid tiny fixture.
 */
import { describe, it, expect } from "vitest";
import { mkdtempSync, writeFileSync, mkdirSync, existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { DataError } from "../lib/data/errors.ts";
import { parseCsv, readCsv } from "./lib/csv.ts";
import { parseWorkforce } from "./workforceParse.ts";
import { harmoniseWorkforce } from "./workforce.ts";
import { buildCouncilCore } from "./councils.ts";
import { addNeighbours, addDistricts } from "./councilsEnrich.ts";
import { parseIlacsHistory } from "./inspectionsIlacs.ts";
import { parseSif } from "./inspectionsSif.ts";
import { parseD2i, D2I_REQUIRED } from "./inspectionsD2i.ts";
import { assertSlugsExist } from "./invariants.ts";
import { runPipeline } from "./pipeline.ts";
import { csv, WF_FIELDS, wfRow, tinyRegistry, ILACS_FIELDS, ilacsRow } from "./testHelpers.ts";

/** Run fn and return the PipelineError it throws (fails the test otherwise). */
function stop(fn: () => unknown): DataError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return e as DataError;
  }
  throw new Error("expected a PipelineError, but nothing was thrown");
}

const wf = (rows: Record<string, string>[], fields: readonly string[] = WF_FIELDS) =>
  parseWorkforce(parseCsv(csv(fields, rows), "wf.csv"));
const ilacs = (over: Record<string, string>) =>
  parseIlacsHistory(parseCsv(csv(ILACS_FIELDS, [ilacsRow(over)]), "ilacs.csv"), tinyRegistry());

const FIRST = "Single Inspection of LA Children's Services (SIF) First SIF publication date";
const RE = "Single Inspection of LA Children's Services (SIF) SIF Re-inspection publication date";
const SIF_FIELDS = [
  "table",
  "Local authority name",
  FIRST,
  "First SIF Overall Judgement (OE)",
  "First SIF children who need help and protection",
  RE,
  "SIF Re-inspection Overall Judgement (OE)",
  "Web link URL",
];
const sifRow = (over: Record<string, string> = {}) => ({
  table: "Table 10: current LAs",
  "Local authority name": "Surrey",
  [FIRST]: "2015-06-03T00:00:00",
  "First SIF Overall Judgement (OE)": "Inadequate",
  "First SIF children who need help and protection": "Inadequate",
  [RE]: "2018-05-16T00:00:00",
  "SIF Re-inspection Overall Judgement (OE)": "Inadequate",
  ...over,
});
const sif = (over: Record<string, string>, aliases: Record<string, string> = { Surrey: "surrey" }) =>
  parseSif(parseCsv(csv(SIF_FIELDS, [sifRow(over)]), "sif.csv"), tinyRegistry(), aliases);
const d2iRow = (over: Record<string, string> = {}) => ({
  la_code: "335",
  local_authority: "walsall",
  inspection_link: "https://files.ofsted.gov.uk/v1/file/1",
  overall_effectiveness_grade: "outstanding",
  inspection_framework: "short",
  inspection_start_date: "12/05/2025",
  inspection_end_date: "16/05/2025",
  publication_date: "08/07/25",
  impact_of_leaders_grade: "outstanding",
  help_and_protection_grade: "good",
  in_care_grade: "outstanding",
  care_leavers_grade: "good",
  ...over,
});
const d2i = (over: Record<string, string>) =>
  parseD2i(parseCsv(csv(D2I_REQUIRED, [d2iRow(over)]), "d2i.csv"), tinyRegistry(), new Set());
const PROVIDER_FIELDS = ["la_code", "la_code_new", "ltla23cd", "local_authority_ons_name", "stat_neighbours"];
const provider = parseCsv(
  csv(PROVIDER_FIELDS, [
    { la_code: "335", la_code_new: "E08000030", local_authority_ons_name: "Walsall", stat_neighbours: "" },
  ]),
  "provider.csv",
);

describe("workforce file: bad input stops with file, line, column", () => {
  it("missing column", () => {
    const e = stop(() =>
      wf(
        [wfRow()],
        WF_FIELDS.filter((f) => f !== "caseload_fte"),
      ),
    );
    expect([e.file, e.line, e.column]).toEqual(["wf.csv", 1, "caseload_fte"]);
    expect(e.reason).toMatch(/missing/);
  });
  it("non-number where a number belongs", () => {
    const e = stop(() => wf([wfRow(), wfRow({ time_period: "2021", caseload_fte: "12..5" })]));
    expect([e.line, e.column]).toEqual([3, "caseload_fte"]);
    expect(e.reason).toMatch(/not a number/);
  });
  it("number with a thousands separator", () => {
    expect(stop(() => wf([wfRow({ cases: "1,204" })])).column).toBe("cases");
  });
  it("unknown symbol", () => {
    expect(stop(() => wf([wfRow({ inpost_fte: "q" })])).reason).toMatch(/unknown DfE symbol "q"/);
  });
  it("empty value cell", () => {
    expect(stop(() => wf([wfRow({ vacancy_fte: "" })])).reason).toMatch(/empty cell/);
  });
  it("rate above 100", () => {
    const e = stop(() => wf([wfRow({ agency_rate_fte: "130" })]));
    expect([e.line, e.column]).toEqual([2, "agency_rate_fte"]);
    expect(e.reason).toMatch(/outside 0-100/);
  });
  it("negative rate", () => {
    expect(stop(() => wf([wfRow({ vacancy_rate_fte: "-1" })])).column).toBe("vacancy_rate_fte");
  });
  it("implausible caseload", () => {
    expect(stop(() => wf([wfRow({ caseload_fte: "75" })])).reason).toMatch(/implausible/);
  });
  it("bad year", () => {
    expect(stop(() => wf([wfRow({ time_period: "2020/21" })])).column).toBe("time_period");
  });
  it("unknown geographic level", () => {
    expect(stop(() => wf([wfRow({ geographic_level: "Ward" })])).column).toBe("geographic_level");
  });
  it("malformed DfE code", () => {
    expect(stop(() => wf([wfRow({ old_la_code: "33A" })])).column).toBe("old_la_code");
  });
  it("council row without a code", () => {
    expect(stop(() => wf([wfRow({ old_la_code: "" })])).reason).toMatch(/no old_la_code/);
  });
  it("malformed ONS code", () => {
    expect(stop(() => wf([wfRow({ new_la_code: "X123" })])).column).toBe("new_la_code");
  });
  it("unexpected column", () => {
    expect(stop(() => wf([{ ...wfRow(), extra: "1" }], [...WF_FIELDS, "extra"])).column).toBe("extra");
  });
  it("empty file", () => {
    expect(stop(() => parseCsv("", "wf.csv")).reason).toMatch(/empty/);
  });
  it("header but no rows", () => {
    expect(stop(() => parseCsv(WF_FIELDS.join(",") + "\n", "wf.csv")).reason).toMatch(/no data rows/);
  });
  it("truncated row", () => {
    const text = csv(WF_FIELDS, [wfRow()]) + "\n2021,Reporting year,E92000001";
    const e = stop(() => parseCsv(text, "wf.csv"));
    expect(e.line).toBe(3);
    expect(e.reason).toMatch(/TooFewFields/);
  });
  it("row with too many fields", () => {
    expect(stop(() => parseCsv("a,b\n1,2,3\n", "f.csv")).reason).toMatch(/TooManyFields/);
  });
  it("unknown council code", () => {
    const rows = wf([wfRow({ old_la_code: "999" })]);
    const e = stop(() => buildCouncilCore({ provider, workforce: rows, workforceFile: "wf.csv" }));
    expect([e.line, e.column]).toEqual([2, "old_la_code"]);
    expect(e.reason).toMatch(/unknown council code 999/);
  });
  it("unknown ONS code for a known council", () => {
    const e = stop(() =>
      buildCouncilCore({ provider, workforce: wf([wfRow({ new_la_code: "E08000099" })]), workforceFile: "wf.csv" }),
    );
    expect(e.column).toBe("new_la_code");
  });
  it("duplicate council-year", () => {
    const e = stop(() => harmoniseWorkforce(wf([wfRow(), wfRow()]), tinyRegistry(), "wf.csv"));
    expect([e.line, e.reason]).toEqual([3, "duplicate council-year: walsall 2020 already on line 2"]);
  });
  it("council in its own row and a joint row in the same year", () => {
    const joint = wfRow({
      old_la_code: "314 / 318",
      new_la_code: "E09000021 / E09000027",
      la_name: "Kingston upon Thames / Richmond upon Thames",
    });
    const own = wfRow({ old_la_code: "318", new_la_code: "E09000027", la_name: "Richmond upon Thames" });
    expect(stop(() => harmoniseWorkforce(wf([joint, own]), tinyRegistry(), "wf.csv")).reason).toMatch(
      /richmond-upon-thames 2020/,
    );
  });
});

describe("Ofsted files: bad input stops", () => {
  it("unknown grade", () => {
    const e = stop(() => ilacs({ "Overall effectiveness": "Satisfactory" }));
    expect([e.file, e.line, e.column]).toEqual(["ilacs.csv", 2, "Overall effectiveness"]);
  });
  it("unknown sub-judgement grade", () => {
    expect(stop(() => ilacs({ "The experiences and progress of children in care": "Adequate" })).reason).toMatch(
      /unknown grade/,
    );
  });
  it("impossible date", () => {
    expect(stop(() => ilacs({ "Inspection date": "2021-02-30T00:00:00" })).reason).toMatch(
      /impossible date "2021-02-30/,
    );
  });
  it("not a date", () => {
    expect(stop(() => ilacs({ "Publication date": "26 Nov 2021" })).column).toBe("Publication date");
  });
  it("unknown council code", () => {
    expect(stop(() => ilacs({ "Local authority area code": "E08000099" })).reason).toMatch(/unknown council code/);
  });
  it("unknown inspection type", () => {
    expect(stop(() => ilacs({ "Inspection type": "Focused visit" })).reason).toMatch(/unknown inspection type/);
  });
  it("publication before inspection", () => {
    expect(stop(() => ilacs({ "Publication date": "2021-09-01T00:00:00" })).reason).toMatch(/before the inspection/);
  });
  it("missing required column", () => {
    const dir = mkdtempSync(join(tmpdir(), "cc-"));
    writeFileSync(join(dir, "i.csv"), "Local authority area code,Overall effectiveness\nE08000030,Good\n");
    expect(stop(() => readCsv(dir, "i.csv", ["Local authority area code", "Publication date"])).column).toBe(
      "Publication date",
    );
  });
  it("SIF name not in alias table", () => {
    const e = stop(() => sif({ "Local authority name": "Surrey County" }));
    expect([e.file, e.line, e.column]).toEqual(["sif.csv", 2, "Local authority name"]);
    expect(e.reason).toMatch(/not in the SIF alias table/);
  });
  it("SIF alias pointing at an unknown council", () => {
    expect(stop(() => sif({}, { Surrey: "surrey-cc" })).reason).toMatch(/unknown council "surrey-cc"/);
  });
  it("SIF unknown grade", () => {
    expect(stop(() => sif({ "SIF Re-inspection Overall Judgement (OE)": "Weak" })).column).toBe(
      "SIF Re-inspection Overall Judgement (OE)",
    );
  });
  it("SIF impossible date", () => {
    expect(stop(() => sif({ [FIRST]: "2015-13-03T00:00:00" })).column).toBe(FIRST);
  });
  it("scrape: unknown council code", () => {
    expect(stop(() => d2i({ la_code: "999" })).column).toBe("la_code");
  });
  it("scrape: date in the wrong format", () => {
    expect(stop(() => d2i({ publication_date: "2025-07-08" })).column).toBe("publication_date");
  });
  it("scrape: unknown framework", () => {
    expect(stop(() => d2i({ inspection_framework: "focused" })).reason).toMatch(/unknown inspection framework/);
  });
  it("scrape: unknown grade", () => {
    expect(stop(() => d2i({ overall_effectiveness_grade: "excellent" })).column).toBe("overall_effectiveness_grade");
  });
});

describe("lookups, files and invariants", () => {
  it("statistical neighbour code unknown", () => {
    const reg = tinyRegistry();
    const sn2021 = parseCsv("LA num,SN1\n335,936\n", "sn.csv");
    // DfE's 2025 model lists every current council; Walsall's (line 7) names a code no council has.
    const sn2025 = parseCsv("old_la_code,SN_1\n839,335\n936,335\n314,335\n318,335\n933,335\n335,999\n", "sn25.csv");
    const provider = parseCsv(csv(PROVIDER_FIELDS, [{ la_code: "1" }]), "p.csv");
    const e = stop(() => {
      addNeighbours(reg, provider, sn2021, sn2025);
    });
    expect([e.file, e.line]).toEqual(["sn25.csv", 7]);
  });
  it("a current council missing from DfE's 2025 neighbour model stops the run", () => {
    const sn2025 = parseCsv("old_la_code,SN_1\n335,936\n", "sn25.csv");
    const provider = parseCsv(csv(PROVIDER_FIELDS, [{ la_code: "1" }]), "p.csv");
    const e = stop(() => {
      addNeighbours(tinyRegistry(), provider, parseCsv("LA num,SN1\n1,2\n", "sn.csv"), sn2025);
    });
    expect(e.reason).toMatch(/has no row/);
  });
  it("district lookup names an unknown upper-tier code", () => {
    const e = stop(() => {
      addDistricts(tinyRegistry(), parseCsv("LTLA23CD,LTLA23NM,UTLA23CD\nE07000001,Nowhere,E10000099\n", "ltla.csv"));
    });
    expect([e.line, e.column]).toEqual([2, "UTLA23CD"]);
  });
  it("dangling slug", () => {
    expect(
      stop(() => {
        assertSlugsExist("councils", [{ successors: "atlantis" }], "successors", new Set(["walsall"]));
      }).reason,
    ).toMatch(/atlantis/);
  });
  it("missing raw file stops the whole pipeline", () => {
    const e = stop(() => runPipeline(mkdtempSync(join(tmpdir(), "cc-raw-")), mkdtempSync(join(tmpdir(), "cc-out-"))));
    expect(e.file).toBe("workforce/csww_indicators_2017_to_2025.csv");
  });
  it("the CLI exits non-zero with one line naming file and reason", () => {
    const raw = mkdtempSync(join(tmpdir(), "cc-raw-"));
    mkdirSync(join(raw, "workforce"));
    writeFileSync(join(raw, "workforce", "csww_indicators_2017_to_2025.csv"), "");
    const r = spawnSync(
      join(process.cwd(), "node_modules/.bin/node"),
      ["src/pipeline/run.ts", "--raw", raw, "--out", mkdtempSync(join(tmpdir(), "cc-out-"))],
      { encoding: "utf8" },
    );
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([
      "Pipeline stopped: workforce/csww_indicators_2017_to_2025.csv: file is empty",
    ]);
  });
});

describe("accepted input", () => {
  it("BOM, CRLF and quoted commas", () => {
    const text =
      "\uFEFF" +
      csv(WF_FIELDS, [
        wfRow({ old_la_code: "839", new_la_code: "E06000058", la_name: "Bournemouth, Christchurch and Poole" }),
      ]).replace(/\n/g, "\r\n") +
      "\r\n";
    const [row] = parseWorkforce(parseCsv(text, "wf.csv"));
    expect(row?.keys.la_name).toBe("Bournemouth, Christchurch and Poole");
    expect(row?.keys.time_period).toBe("2020");
    const [out] = harmoniseWorkforce(parseWorkforce(parseCsv(text, "wf.csv")), tinyRegistry(), "wf.csv");
    expect(out?.["council_slugs"]).toBe("bournemouth-christchurch-and-poole");
  });
  it("symbols become empty value + status, never 0", () => {
    const [out] = harmoniseWorkforce(
      wf([wfRow({ caseload_fte: "u", absence_rate_fte: "low" })]),
      tinyRegistry(),
      "wf.csv",
    );
    expect([
      out?.["caseload_fte"],
      out?.["caseload_fte_status"],
      out?.["absence_rate_fte"],
      out?.["absence_rate_fte_status"],
    ]).toEqual(["", "u", "", "low"]);
  });
  it("joint rows cover both councils", () => {
    const joint = wfRow({
      old_la_code: "314 / 318",
      new_la_code: "E09000021 / E09000027",
      la_name: "Kingston upon Thames / Richmond upon Thames",
    });
    const [out] = harmoniseWorkforce(wf([joint]), tinyRegistry(), "wf.csv");
    expect([out?.["council_slugs"], out?.["joint"]]).toEqual(["kingston-upon-thames;richmond-upon-thames", "true"]);
  });
  it("Somerset 2022 under the 2023 code is attached to somerset with a note", () => {
    const p = ilacs({
      "Local authority area code": "E06000066",
      "Local authority name": "Somerset",
      "Inspection date": "2022-07-18T00:00:00",
      "Publication date": "2022-09-21T00:00:00",
    });
    expect(p.rows[0]?.council_slug).toBe("somerset");
    expect(p.rows[0]?.note).toMatch(/E06000066/);
  });
  it("scrape rows without a grade, or already official, are excluded with a reason", () => {
    const t = parseCsv(
      csv(D2I_REQUIRED, [
        d2iRow({ overall_effectiveness_grade: "nan" }),
        d2iRow(),
        d2iRow({
          la_code: "936",
          inspection_start_date: "08/01/2024",
          inspection_end_date: "12/01/2024",
          publication_date: "01/02/24",
        }),
      ]),
      "d2i.csv",
    );
    const p = parseD2i(t, tinyRegistry(), new Set(["walsall|2025-07-08"]));
    expect(p.rows).toHaveLength(0);
    expect([...p.excluded.keys()]).toHaveLength(3);
  });
});

describe("determinism", () => {
  // The raw files sit beside the repo (../shared/data/raw) on a developer's machine and on CI, never in a clone.
  const raw = join(process.cwd(), "..", "shared", "data", "raw");
  it.skipIf(!existsSync(raw))(
    "two runs give byte-identical files, identical to the committed tables",
    () => {
      const a = mkdtempSync(join(tmpdir(), "cc-a-"));
      const b = mkdtempSync(join(tmpdir(), "cc-b-"));
      runPipeline(raw, a);
      runPipeline(raw, b);
      for (const f of [
        "councils.csv",
        "workforce.csv",
        "inspections.csv",
        "workforce.meta.json",
        "geo/hex-2023.topo.json",
        "geo/boundaries-2023.topo.json",
      ]) {
        expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
        expect(readFileSync(join(a, f)).equals(readFileSync(join(process.cwd(), "data", f))), `data/${f}`).toBe(true);
      }
    },
    60_000,
  );
});
