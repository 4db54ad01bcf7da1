/**
 * The national caseload distribution of 30 September 2021: DfE's only published distribution of individual
 * caseloads (cases held per FTE, England). Five groups (1 to under 25) are typed exactly from the DfE data-set
 * preview; the sixth (25 to 50) is derived here and marked derived; the page's footnotes (who DfE left out) come
 * from a small curated file beside this step; the 2021 average and case-holding FTE come from workforce.csv.
 * run.ts calls runDistribution after the main pipeline has written workforce.csv to outDir.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "astro/zod";
import { parseCsv, readCsv, toCsv, type Table } from "../lib/csv.ts";
import { cell } from "../lib/cells.ts";
import { PipelineError, parseWithFriendlyErrors } from "../lib/errors.ts";
import { writeDistributionMeta, DISTRIBUTION_COLUMNS } from "./distributionMeta.ts";

/** Raw path of DfE's five typed groups (CURATED in SOURCES.md). */
export const GROUPS_FILE = "context/dfe_caseload_groups_2021_preview.csv";
/** The page's footnotes, typed from the same DfE page. */
const FOOTNOTES_FILE = "src/pipeline/context/caseload_groups_2021_footnotes.csv";
/** The table this step writes (data/<name>.csv). */
export const DISTRIBUTION_TABLE = "caseload_distribution_2021";
/** Cases per FTE above which DfE excluded social workers from the groups. */
const UPPER_LIMIT = 50;

const number = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)?$/, "must be a plain non-negative number (no DfE symbol can stand in for a group)")
  .transform(Number);
const optional = z
  .string()
  .trim()
  .regex(/^(\d+(\.\d+)?)?$/, "must be a plain number or blank")
  .transform((s) => (s === "" ? null : Number(s)));
const LABEL = /^(\d+) - <(\d+) Cases per FTE$/;

/** One typed row of DfE's preview. */
const groupSchema = z.object({
  time_period: z.literal("2021", { message: "must be 2021 (the only year DfE published)" }),
  geographic_level: z.literal("National", { message: "must be National" }),
  country_code: z.literal("E92000001", { message: "must be England (E92000001)" }),
  cases_held_per_fte: z.string().trim().regex(LABEL, 'must read "N - <M Cases per FTE"'),
  total_fte: number,
  proportion: number.refine((n) => n <= 100, "must be a percentage (0 to 100)"),
});

/** One curated footnote: who DfE excluded from the groups. */
const footnoteSchema = z.object({
  footnote: z.enum(["no cases", "zero fte", "more than 50"], { message: "unknown footnote" }),
  fte: optional,
  headcount: optional,
  cases: optional,
  words: z.string().trim().min(1, "must not be blank"),
});

/** A typed group with its bounds read from DfE's label. */
interface Group {
  label: string;
  from: number;
  to: number;
  fte: number;
  proportion: number;
}

function parseGroups(table: Table): Group[] {
  const groups = table.rows.map((row, i) => {
    const r = parseWithFriendlyErrors(groupSchema, row, table.file, table.lines[i] ?? 0);
    const [, from = "", to = ""] = LABEL.exec(r.cases_held_per_fte) ?? [];
    return {
      label: r.cases_held_per_fte,
      from: Number(from),
      to: Number(to),
      fte: r.total_fte,
      proportion: r.proportion,
    };
  });
  groups.forEach((g, i) => {
    const expected = i === 0 ? 1 : (groups[i - 1]?.to ?? 0);
    if (g.from !== expected || g.to <= g.from)
      throw new PipelineError(
        table.file,
        table.lines[i] ?? null,
        "cases_held_per_fte",
        `groups must run on from ${String(expected)} without gaps or overlaps (found ${g.label})`,
      );
  });
  return groups;
}

/** A plain number from a text cell; a DfE symbol or anything else throws with the reason. */
function plainNumber(text: string): number {
  const r = number.safeParse(text);
  if (!r.success) throw new Error(r.error.issues[0]?.message ?? "not a number");
  return r.data;
}

/** The England row of workforce.csv for 2021: case-holding FTE, cases and the average. */
function national2021(table: Table): { caseHolders: number; cases: number; average: number } {
  const i = table.rows.findIndex((r) => r["time_period"] === "2021" && r["geographic_level"] === "National");
  if (i < 0) throw new PipelineError(table.file, null, null, "no 2021 National row to derive the 25-50 group from");
  return {
    caseHolders: cell(table, i, "case_holders_fte", plainNumber),
    cases: cell(table, i, "cases", plainNumber),
    average: cell(table, i, "caseload_fte", plainNumber),
  };
}

type Footnote = z.infer<typeof footnoteSchema>;
type Row = Record<string, string>;
const round2 = (n: number): string => String(Math.round(n * 100) / 100);
const str = (n: number | null): string => (n === null ? "" : String(n));

function parseFootnotes(table: Table): Map<Footnote["footnote"], Footnote> {
  const notes = new Map<Footnote["footnote"], Footnote>();
  table.rows.forEach((row, i) => {
    const line = table.lines[i] ?? 0;
    const f = parseWithFriendlyErrors(footnoteSchema, row, table.file, line);
    if (notes.has(f.footnote)) throw new PipelineError(table.file, line, "footnote", `"${f.footnote}" appears twice`);
    notes.set(f.footnote, f);
  });
  for (const kind of footnoteSchema.shape.footnote.options)
    if (!notes.has(kind)) throw new PipelineError(table.file, null, "footnote", `the "${kind}" footnote is missing`);
  const over50 = notes.get("more than 50")?.fte;
  if (over50 === null || over50 === undefined)
    throw new PipelineError(
      table.file,
      null,
      "fte",
      "the FTE over 50 cases per FTE is needed to derive the 25-50 group",
    );
  return notes;
}

const TYPED = "typed from DfE's data-set preview (first 5 rows of the underlying data)";
const DERIVED =
  "derived: proportion = 100 - the five typed proportions; FTE = England's 2021 case-holding FTE (workforce.csv) - the FTE over 50 cases per FTE (excluded) - the five typed groups";
const base = (kind: string, label: string): Row => ({ time_period: "2021", row_kind: kind, cases_held_per_fte: label });

/** The six groups (five typed, one derived), checked against each other. */
function groupRows(groups: Group[], over50: number, caseHolders: number, table: Table): Row[] {
  const counted = caseHolders - over50;
  const derived = {
    label: `${String(groups.at(-1)?.to ?? 0)} - ${String(UPPER_LIMIT)} Cases per FTE`,
    from: groups.at(-1)?.to ?? 0,
    to: UPPER_LIMIT,
    fte: counted - groups.reduce((n, g) => n + g.fte, 0),
    proportion: 100 - groups.reduce((n, g) => n + g.proportion, 0),
  };
  if (derived.fte <= 0 || derived.proportion <= 0)
    throw new PipelineError(table.file, null, "total_fte", "the typed groups leave nothing for the 25-50 group");
  // DfE's proportions are FTE shares of the counted case holders: each must agree with its FTE (to rounding).
  [...groups, derived].forEach((g, i) => {
    if (Math.abs((g.fte / counted) * 100 - g.proportion) > 0.05)
      throw new PipelineError(
        table.file,
        table.lines[i] ?? null,
        "proportion",
        `${g.label}: ${String(g.proportion)}% does not match its FTE share of ${counted.toFixed(1)} FTE`,
      );
  });
  return [...groups, derived].map((g, i) => ({
    ...base("group", g.label),
    cases_per_fte_from: String(g.from),
    cases_per_fte_to: String(g.to),
    to_inclusive: String(i === groups.length),
    total_fte: round2(g.fte),
    proportion: round2(g.proportion),
    derived: String(i === groups.length),
    method: i === groups.length ? DERIVED : TYPED,
  }));
}

const FOOTNOTE_LABELS: Record<Footnote["footnote"], [string, string, string]> = {
  "no cases": ["0 cases per FTE (holding no cases)", "0", "0"],
  "zero fte": ["cases held with 0 FTE recorded", "", ""],
  "more than 50": [`more than ${String(UPPER_LIMIT)} cases per FTE`, String(UPPER_LIMIT), ""],
};

function footnoteRows(notes: Map<Footnote["footnote"], Footnote>): Row[] {
  // Written in the schema's order (no cases, zero FTE, more than 50), whatever the curated file's order.
  return footnoteSchema.shape.footnote.options.flatMap((kind) => {
    const f = notes.get(kind);
    if (!f) return [];
    const [label, from, to] = FOOTNOTE_LABELS[f.footnote];
    return [
      {
        ...base("excluded", label),
        cases_per_fte_from: from,
        cases_per_fte_to: to,
        to_inclusive: "",
        total_fte: str(f.fte),
        headcount: str(f.headcount),
        cases: str(f.cases),
        derived: "false",
        method: `DfE's footnote: ${f.words}`,
      },
    ];
  });
}

/** Run the step: read, derive, check, write data/caseload_distribution_2021.csv + .meta.json. */
export function runDistribution(rawDir: string, outDir: string, log: (line: string) => void): void {
  // Load inputs.
  const raw = readCsv(rawDir, GROUPS_FILE, Object.keys(groupSchema.shape));
  const notesTable = parseCsv(
    readFileSync(new URL("./caseload_groups_2021_footnotes.csv", import.meta.url), "utf8"),
    FOOTNOTES_FILE,
    Object.keys(footnoteSchema.shape),
  );
  const workforce = readCsv(outDir, "workforce.csv", ["time_period", "geographic_level", "case_holders_fte"]);

  // Process data.
  const groups = parseGroups(raw);
  const notes = parseFootnotes(notesTable);
  const england = national2021({ ...workforce, file: "data/workforce.csv" });
  const rows = [
    ...groupRows(groups, notes.get("more than 50")?.fte ?? 0, england.caseHolders, raw),
    ...footnoteRows(notes),
    {
      ...base("national average", "all case holders"),
      total_fte: str(england.caseHolders),
      cases: str(england.cases),
      caseload_fte: str(england.average),
      derived: "false",
      method: "DfE workforce indicators, England row, 30 September 2021 (data/workforce.csv)",
    },
  ];

  // Save outputs.
  writeFileSync(join(outDir, `${DISTRIBUTION_TABLE}.csv`), toCsv(DISTRIBUTION_COLUMNS, rows));
  writeDistributionMeta(outDir, rows.length);
  log(
    `${GROUPS_FILE}: read ${String(raw.rows.length)}, written ${String(groups.length)} groups + 1 derived (25 to ${String(UPPER_LIMIT)})`,
  );
  log(`${FOOTNOTES_FILE}: read ${String(notesTable.rows.length)}, written ${String(notes.size)} excluded-worker rows`);
  log(
    `data/workforce.csv: read ${String(workforce.rows.length)}, used 1 (England 2021: ${String(england.caseHolders)} case-holding FTE, average ${String(england.average)})`,
  );
  log(`wrote ${DISTRIBUTION_TABLE}.csv (${String(rows.length)}) + meta.json`);
}
