/**
 * Bad-input cases for the probe (probe.ts): one broken thing each, across every raw file, the article folder, the
 * CLI and every data/ table. `stop` cases must stop with file (and line where a row is at fault) and leave data/
 * unchanged; `accept` cases are harmless and must reproduce data/ byte for byte.
 */
import Papa from "papaparse";

/** One edit: which file (raw path, "data/<table>.csv" or "sources/<file>") and how its bytes change. */
interface Edit {
  file: string;
  change: (bytes: Buffer) => Buffer | string;
}

/** One probe case. `line` is set by row edits: the line the message must name. */
export interface Case {
  what: string;
  expect: "stop" | "accept";
  edits: Edit[];
  args?: string[];
  line?: number;
  /** For an accepted case: the data/ files that must come out identical (default: every file). */
  same?: string[];
}

const RAW = {
  W: "workforce/csww_indicators_2017_to_2025.csv",
  P: "lookups/Provider_data_lookup.csv",
  SN21: "lookups/New_Statistical_Neighbour_Groupings_April_2021.csv",
  SN25: "lookups/sn_model_2025_wide.csv",
  L: "lookups/LTLA-UTLA_Apr23_Lookup_England-Wales.csv",
  I: "ofsted/extracted/LA_Inspection_Outcomes_as_at_31_March_2025__ILACS_inspection_history.csv",
  S: "ofsted/extracted/Childrens_social_care_in_England_2023__LA_inspections_2009-2023.csv",
  D: "ofsted/extracted/ofsted_csc_ilacs_overview.csv",
  H: "geography/LocalAuthorities-uppertier-2023__UTLA-2023.planar.geojson",
  G: "geography/LocalAuthorities-uppertier-2023__Group-2023.planar.geojson",
  O: "geography/Counties_and_Unitary_Authorities_December_2023_Boundaries_UK_BSC_4952317392296043005.geo.json",
} as const;

type Row = Record<string, string>;
const text = (b: Buffer): string => b.toString("utf8").replace(/^\uFEFF/, "");

/** Parse CSV into a header and rows of cells (header names map to their first column). */
function grid(b: Buffer): { head: string[]; rows: string[][]; nl: string } {
  const t = text(b);
  const rows = Papa.parse<string[]>(t, { header: false, skipEmptyLines: true, delimiter: "," }).data;
  const [head = [], ...body] = rows;
  return { head, rows: body, nl: t.includes("\r\n") ? "\r\n" : "\n" };
}
const unparse = (head: string[], rows: string[][], nl: string): string =>
  `${Papa.unparse([head, ...rows], { newline: nl })}${nl}`;
const record = (head: string[], r: string[]): Row => {
  const out: Row = {};
  head.forEach((h, i) => {
    if (!(h in out)) out[h] = r[i] ?? "";
  });
  return out;
};

/** A case whose edit sets cells of the first row matching `where`; records that row's line for the check. */
function cells(what: string, file: string, where: (r: Row) => boolean, set: Row, extra: Partial<Case> = {}): Case {
  const c: Case = { what, expect: "stop", edits: [], ...extra };
  c.edits.push({
    file,
    change: (b) => {
      const { head, rows, nl } = grid(b);
      const i = rows.findIndex((r) => where(record(head, r)));
      if (i < 0) throw new Error(`probe: no row matches in ${file} (${what})`);
      const row = rows[i] ?? [];
      for (const [k, v] of Object.entries(set)) row[head.indexOf(k)] = v;
      c.line = i + 2;
      return unparse(head, rows, nl);
    },
  });
  return c;
}

/** A case that rewrites the whole text. */
const whole = (
  what: string,
  file: string,
  f: (t: string, b: Buffer) => Buffer | string,
  expect: Case["expect"] = "stop",
): Case => ({
  what,
  expect,
  edits: [{ file, change: (b) => f(text(b), b) }],
});

/** A case that edits the CSV grid (rows without the header). */
const rowsEdit = (what: string, file: string, f: (head: string[], rows: string[][]) => string[][]): Case => ({
  what,
  expect: "stop",
  edits: [
    {
      file,
      change: (b) => {
        const { head, rows, nl } = grid(b);
        return unparse(head, f(head, rows), nl);
      },
    },
  ],
});

type Geo = {
  features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } | null }[];
};
const geo = (what: string, file: string, f: (g: Geo) => void): Case =>
  whole(what, file, (t) => {
    const g = JSON.parse(t) as Geo;
    f(g);
    return JSON.stringify(g);
  });
const feature = (g: Geo, key: string, value: string) => {
  const f = g.features.find((x) => x.properties[key] === value);
  if (!f) throw new Error(`probe: no feature ${key}=${value}`);
  return f;
};
/** First coordinate pair of a feature's geometry. */
const firstPoint = (f: Geo["features"][number]): unknown[] => {
  let c = f.geometry?.coordinates;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return c as unknown[];
};

const latin1 = (t: string, from: string, to: string): Buffer => Buffer.from(t.replace(from, to), "latin1");
const wf = (name: string, year: string) => (r: Row) => r["la_name"] === name && r["time_period"] === year;

/** Every case, in table order. */
export function allCases(): Case[] {
  const { W, P, SN21, SN25, L, I, S, D, H, G, O } = RAW;
  const walsallIlacs = (r: Row) => r["Local authority name"] === "Walsall";
  const surreySif = (r: Row) => r["Local authority name"] === "Surrey" && (r["table"] ?? "").startsWith("Table 10");
  const walsallD2i = (r: Row) => r["la_code"] === "335";
  const FIRST_SIF = "Single Inspection of LA Children's Services (SIF) First SIF publication date";
  return [
    // Workforce (DfE)
    cells("Wirral caseload -5", W, wf("Wirral", "2025"), { caseload_fte: "-5" }),
    cells("Wigan caseload 999", W, wf("Wigan", "2025"), { caseload_fte: "999" }),
    cells("Leeds agency rate 250%", W, wf("Leeds", "2025"), { agency_rate_fte: "250" }),
    cells("negative FTE in post", W, wf("Walsall", "2024"), { inpost_fte: "-12.0" }),
    cells("fractional headcount", W, wf("Walsall", "2024"), { inpost_headcount: "120.5" }),
    cells("exponent notation in a count (1e3)", W, wf("Walsall", "2024"), { cases: "1e3" }),
    cells("cases = 1000000000 beside an unchanged caseload", W, wf("Walsall", "2024"), { cases: "1000000000" }),
    cells("non-number in caseload", W, wf("Walsall", "2024"), { caseload_fte: "12..5" }),
    cells("unknown DfE symbol", W, wf("Walsall", "2024"), { caseload_fte: "q" }),
    cells("empty value cell", W, wf("Walsall", "2024"), { vacancy_fte: "" }),
    cells("workforce year 2029", W, wf("Walsall", "2024"), { time_period: "2029" }),
    cells("unknown council code", W, wf("Walsall", "2024"), { old_la_code: "999" }),
    cells("ONS code of another council", W, wf("Walsall", "2024"), { new_la_code: "E08000031" }),
    whole("agency and vacancy rate headers swapped", W, (t) =>
      t
        .replace("agency_rate_fte,", "TMP,")
        .replace("vacancy_rate_fte,", "agency_rate_fte,")
        .replace("TMP,", "vacancy_rate_fte,"),
    ),
    whole("required column missing", W, (t) => t.replace(",caseload_fte", ",caseload")),
    whole("UTF-16 file", W, (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")])),
    whole("Windows-1252 byte in a name", W, (t) => latin1(t, "Southend-on-Sea", "Southénd-on-Sea")),
    whole("truncated mid-row", W, (t) => t.slice(0, Math.floor(t.length / 2))),
    whole("empty file", W, () => ""),
    whole("50 MB of blank lines", W, (t) => t + "\n".repeat(50 * 1024 * 1024)),
    rowsEdit("duplicate council-year row", W, (_, rows) => [...rows, rows[60] ?? []]),
    rowsEdit("current council (Rutland) has no rows", W, (head, rows) =>
      rows.filter((r) => record(head, r)["la_name"] !== "Rutland"),
    ),
    {
      ...cells("3 blank lines, then a bad row: line number", W, wf("Wirral", "2025"), { caseload_fte: "-5" }),
      edits: [
        {
          file: W,
          change: (b) => {
            const t = text(b);
            const { head, rows } = grid(b);
            const i = rows.findIndex((r) => wf("Wirral", "2025")(record(head, r)));
            const lines = t.split("\n");
            const row = Papa.parse<string[]>(lines[i + 1] ?? "").data[0] ?? [];
            row[head.indexOf("caseload_fte")] = "-5";
            lines[i + 1] = Papa.unparse([row]);
            lines.splice(1, 0, "", "", "");
            return lines.join("\n");
          },
        },
      ],
      line: 52,
    },
    {
      ...whole(
        "oldest row's DfE name changed: councils.csv unchanged",
        W,
        (t) => t.replace(/(2017,[^\n]*,335,E08000030,)Walsall,/, "$1Walsall MBC,"),
        "accept",
      ),
      same: ["councils.csv", "inspections.csv", "reported_figures.csv"],
    },
    whole("CRLF line endings", W, (t) => t.replace(/\n/g, "\r\n"), "accept"),
    whole("UTF-8 BOM", W, (t) => `\uFEFF${t}`, "accept"),
    // Provider lookup
    cells("Provider: malformed DfE code", P, (r) => r["la_code"] === "335", { la_code: "33A" }),
    whole("Provider: empty file", P, () => ""),
    whole("Provider: column missing", P, (t) => t.replace(",la_code_new,", ",la_code_newer,")),
    // Neighbour lists
    cells("DfE 2025 neighbours: unknown code", SN25, (r) => r["old_la_code"] === "335", { SN_1: "999" }),
    rowsEdit("DfE 2025 neighbours: a current council's row missing", SN25, (head, rows) =>
      rows.filter((r) => record(head, r)["old_la_code"] !== "335"),
    ),
    rowsEdit("DfE 2025 neighbours: duplicate row", SN25, (_, rows) => [...rows, rows[0] ?? []]),
    cells("DfE 2025 neighbours: a former council (Cumbria) listed", SN25, (r) => r["old_la_code"] === "942", {
      old_la_code: "909",
    }),
    cells("April 2021 groupings: unknown code for a former council", SN21, (r) => r["LA num"] === "837", {
      SN1: "999",
    }),
    // Districts
    cells("LTLA lookup: unknown upper-tier code", L, (r) => r["LTLA23NM"] === "Crawley", { UTLA23CD: "E10000099" }),
    whole("LTLA lookup: UTF-16", L, (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")])),
    // Ofsted ILACS history
    cells("ILACS: overall grade Excellent", I, walsallIlacs, { "Overall effectiveness": "Excellent" }),
    cells("ILACS: published in 2031", I, walsallIlacs, { "Publication date": "2031-11-26T00:00:00" }),
    cells("ILACS: impossible date", I, walsallIlacs, { "Inspection date": "2021-02-30T00:00:00" }),
    cells("ILACS: publication before inspection", I, walsallIlacs, { "Publication date": "2021-09-01T00:00:00" }),
    cells("ILACS: javascript: link", I, walsallIlacs, { "Web link URL": "javascript:alert(1)" }),
    cells("ILACS: data: link", I, walsallIlacs, { "Web link URL": "data:text/html,<script>alert(1)</script>" }),
    cells("ILACS: https link on another host", I, walsallIlacs, { "Web link URL": "https://evil.example/335" }),
    cells("ILACS: unknown area code", I, walsallIlacs, { "Local authority area code": "E08000099" }),
    rowsEdit("ILACS: duplicate inspection", I, (_, rows) => [...rows, rows[10] ?? []]),
    whole("ILACS: Latin-1 byte in a name", I, (t) => latin1(t, "Southend-on-Sea", "Southénd-on-Sea")),
    // Ofsted SIF sheet
    cells("SIF: published before the SIF framework (2012)", S, surreySif, { [FIRST_SIF]: "2012-05-01T00:00:00" }),
    cells("SIF: published in 2031", S, surreySif, { [FIRST_SIF]: "2031-06-03T00:00:00" }),
    cells("SIF: unknown council name", S, surreySif, { "Local authority name": "Atlantis" }),
    cells("SIF: grade Satisfactory", S, surreySif, { "First SIF Overall Judgement (OE)": "Satisfactory" }),
    // Data to Insight scrape
    cells("scrape: two-digit year 99", D, walsallD2i, { publication_date: "08/07/99" }),
    cells("scrape: inspection ends before it starts", D, walsallD2i, { inspection_end_date: "10/05/2025" }),
    cells("scrape: publication before inspection", D, walsallD2i, { publication_date: "01/05/25" }),
    cells("scrape: publication in 2031", D, walsallD2i, { publication_date: "08/07/2031" }),
    cells("scrape: javascript: link", D, walsallD2i, { inspection_link: "javascript:alert(document.cookie)" }),
    cells("scrape: unknown framework", D, walsallD2i, { inspection_framework: "focused" }),
    // Hex cartogram
    whole("hex: BOM-prefixed GeoJSON", H, (t) => `\uFEFF${t}`, "accept"),
    whole("hex: truncated GeoJSON", H, (t) => t.slice(0, 5000)),
    whole("hex: empty GeoJSON", H, () => ""),
    geo("hex: Leeds and Wakefield codes swapped", H, (g) => {
      feature(g, "cua-name", "Leeds").properties["cua-code"] = "E08000036";
      feature(g, "cua-name", "Wakefield").properties["cua-code"] = "E08000035";
    }),
    geo("hex: null geometry", H, (g) => {
      feature(g, "cua-name", "Walsall").geometry = null;
    }),
    geo('hex: "NaN" string coordinate', H, (g) => {
      firstPoint(feature(g, "cua-name", "Walsall"))[0] = "NaN";
    }),
    geo("hex: one point moved to 1e308", H, (g) => {
      firstPoint(feature(g, "cua-name", "Walsall"))[0] = 1e308;
    }),
    geo("hex: a current council's hex removed", H, (g) => {
      g.features = g.features.filter((f) => f.properties["cua-name"] !== "Walsall");
    }),
    whole("groups: truncated GeoJSON", G, (t) => t.slice(0, 3000)),
    // ONS boundaries
    geo("boundaries: one point moved to 1e308", O, (g) => {
      firstPoint(feature(g, "CTYUA23NM", "Walsall"))[1] = 1e308;
    }),
    geo("boundaries: Leeds and Wakefield codes swapped", O, (g) => {
      feature(g, "CTYUA23NM", "Leeds").properties["CTYUA23CD"] = "E08000036";
      feature(g, "CTYUA23NM", "Wakefield").properties["CTYUA23CD"] = "E08000035";
    }),
    geo("boundaries: a point in France", O, (g) => {
      const p = firstPoint(feature(g, "CTYUA23NM", "Kent"));
      p[0] = 2.35;
      p[1] = 48.85;
    }),
    geo("boundaries: zero-area geometry", O, (g) => {
      const f = feature(g, "CTYUA23NM", "Walsall");
      f.geometry = {
        type: "Polygon",
        coordinates: [
          [
            [-2, 52.6],
            [-2, 52.6],
            [-2, 52.6],
            [-2, 52.6],
          ],
        ],
      };
    }),
    // Late failure: a quote no longer in its article, after a workforce value changed
    {
      what: "late failure: a quoted article changed (and a workforce value changed before it)",
      expect: "stop",
      edits: [
        { file: "sources/000_f2eac6b1949d5964.txt", change: (b) => text(b).slice(0, 200) },
        cells("", W, wf("Walsall", "2024"), { working_days_lost_fte: "999.9" }).edits[0] as Edit,
      ],
    },
    // CLI
    { what: "unknown flag --frobnicate", expect: "stop", edits: [], args: ["--frobnicate"] },
    // data/ tables, read by the build
    cells("data: Wirral caseload -5", "data/workforce.csv", wf("Wirral", "2025"), { caseload_fte: "-5" }),
    cells("data: Wigan caseload 999", "data/workforce.csv", wf("Wigan", "2025"), { caseload_fte: "999" }),
    cells("data: Leeds agency rate 250%", "data/workforce.csv", wf("Leeds", "2025"), { agency_rate_fte: "250" }),
    cells("data: caseload not a number", "data/workforce.csv", wf("Walsall", "2024"), { caseload_fte: "abc" }),
    cells("data: agency and vacancy rates swapped in a row", "data/workforce.csv", wf("Walsall", "2017"), {
      agency_rate_fte: "31.4",
      vacancy_rate_fte: "30.5",
    }),
    cells("data: value and symbol both set", "data/workforce.csv", wf("Walsall", "2024"), { caseload_fte_status: "u" }),
    cells("data: council slug unknown", "data/workforce.csv", wf("Walsall", "2024"), { council_slugs: "atlantis" }),
    cells("data: overall grade Excellent", "data/inspections.csv", (r) => r["council_slug"] === "walsall", {
      overall: "Excellent",
    }),
    cells("data: javascript: report link", "data/inspections.csv", (r) => r["council_slug"] === "walsall", {
      report_url: "javascript:alert(1)",
    }),
    cells("data: inspection published 2031", "data/inspections.csv", (r) => r["council_slug"] === "walsall", {
      publication_date: "2031-01-01",
    }),
    rowsEdit("data: duplicate inspection id", "data/inspections.csv", (_, rows) => [...rows, rows[3] ?? []]),
    cells("data: council status closed", "data/councils.csv", (r) => r["slug"] === "walsall", { status: "closed" }),
    cells("data: neighbour slug unknown", "data/councils.csv", (r) => r["slug"] === "walsall", {
      stat_neighbours: "atlantis;dudley",
    }),
    cells("data: council marked former without an end date", "data/councils.csv", (r) => r["slug"] === "walsall", {
      status: "former",
    }),
    rowsEdit("data: duplicate council slug", "data/councils.csv", (_, rows) => [...rows, rows[5] ?? []]),
    cells("data: verdict kind maybe", "data/reported_figures.csv", () => true, { verdict_kind: "maybe" }),
    cells("data: testimony kind rumour", "data/testimony.csv", () => true, { kind: "rumour" }),
    cells("data: testimony source unknown", "data/testimony.csv", () => true, { source_id: "no-such-source" }),
    cells("data: source url javascript:", "data/sources.csv", () => true, { located_url: "javascript:alert(1)" }),
    whole("data: workforce row with too few fields", "data/workforce.csv", (t) =>
      t.replace(/\n(2025,[^\n]*?),[^,\n]*\n/, "\n$1\n"),
    ),
    whole("data: extra column", "data/councils.csv", (t) => t.replace(/\n/g, ",x\n").replace(",x\n", ",extra\n")),
    whole("data: councils.csv not UTF-8", "data/councils.csv", (t) => latin1(t, "Southend-on-Sea", "Southénd-on-Sea")),
  ];
}
