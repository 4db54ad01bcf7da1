/**
 * The inputs of the context step: the five raw context files (how each is read) and the two tables the main
 * pipeline has already written to outDir (councils.csv, workforce.csv).
 */
import { readCsv, type Table } from "../lib/csv.ts";
import { parseContext, requiredColumns, type ContextFileSpec, type ContextRow } from "./parse.ts";
import type { CouncilInfo } from "./resolve.ts";

/** DfE's population_type of the children-looked-after count used here; the file's other two types are not used. */
export const CLA_AT31 = "Children looked after on 31 March each year";
/** age_group of the ONS population rows. */
export const CHILDREN = "Children aged 0 to 17 years";
/** sw_stability values of the 3+ social workers file. */
export const SW_TOTAL = "Total children";
export const SW_THREE_PLUS = "3 or more social workers during the year";

/** The five raw files, keyed by their role. */
export const CONTEXT_FILES = {
  cin: { path: "context/b1_children_in_need_2013_to_2025.csv", value: "At31_episodes", max: 1_000_000 },
  cpp: { path: "context/d5_cpps_at31march_by_duration_2013_to_2025.csv", value: "CPP_At31", max: 200_000 },
  cla: {
    path: "context/cla_number_and_rate_per_10k_children.csv",
    value: "children_count",
    max: 200_000,
    filter: {
      column: "population_type",
      allowed: [
        CLA_AT31,
        "Children starting to be looked after each year",
        "Children ceasing to be looked after each year",
      ],
    },
  },
  population: {
    path: "context/ons_mid-year_population_estimates_2012_to_2024.csv",
    value: "population_estimate",
    max: 20_000_000,
    filter: { column: "age_group", allowed: [CHILDREN] },
  },
  sw: {
    path: "context/la_cla_swcount.csv",
    value: "number",
    max: 200_000,
    filter: { column: "sw_stability", allowed: [SW_TOTAL, SW_THREE_PLUS] },
  },
} as const satisfies Record<string, ContextFileSpec>;
/** A context file's role. */
export type ContextFile = keyof typeof CONTEXT_FILES;

/** A parsed raw file: its table (for the row count) and validated rows. */
export interface Loaded {
  table: Table;
  rows: ContextRow[];
}

/** Read and validate one raw context file. */
export function loadContext(rawDir: string, file: ContextFile): Loaded {
  const spec: ContextFileSpec = CONTEXT_FILES[file];
  const table = readCsv(rawDir, spec.path, requiredColumns(spec));
  return { table, rows: parseContext(table, spec) };
}

/** Councils from outDir/councils.csv, keyed by DfE code. */
export function loadCouncils(outDir: string): Map<string, CouncilInfo> {
  const table = readCsv(outDir, "councils.csv", ["slug", "name", "dfe_code", "successors"]);
  const bySlug = new Map(table.rows.map((r) => [r["slug"] ?? "", r]));
  const out = new Map<string, CouncilInfo>();
  for (const r of table.rows) {
    const successorCodes = (r["successors"] ?? "")
      .split(";")
      .filter(Boolean)
      .map((s) => bySlug.get(s)?.["dfe_code"] ?? "");
    const code = r["dfe_code"] ?? "";
    out.set(code, { slug: r["slug"] ?? "", name: r["name"] ?? "", code, successorCodes });
  }
  return out;
}

/** Workforce columns carried into council_context.csv, under DfE's names. */
export const WORKFORCE_INPUTS = ["inpost_fte", "agency_fte", "case_holders_fte", "cases", "caseload_fte"] as const;

/** outDir/workforce.csv as written by the main pipeline. */
export const loadWorkforce = (outDir: string): Table =>
  readCsv(outDir, "workforce.csv", [
    "time_period",
    "geographic_level",
    "region_code",
    "old_la_code",
    "council_slugs",
    "joint",
    ...WORKFORCE_INPUTS.flatMap((c) => [c, `${c}_status`]),
  ]);
