/**
 * Context step: what the official caseload leaves out, per area and year. For every row of workforce.csv (England,
 * regions, councils, joint returns as DfE publishes them) it sets the workforce census beside the 31 March counts
 * of children in need, on protection plans and looked after, and the child population, paired by pairCensus(), and
 * derives the case-holder share and the counts per case-holding FTE. A second table holds the 2024 share of
 * children in care who had three or more social workers in the year. Runs after the main pipeline: it reads
 * councils.csv and workforce.csv back from outDir.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { toCsv, type Table } from "../lib/csv.ts";
import {
  CHILDREN,
  CLA_AT31,
  CONTEXT_FILES,
  loadContext,
  loadCouncils,
  loadWorkforce,
  WORKFORCE_INPUTS,
} from "./inputs.ts";
import type { ContextFile, Loaded } from "./inputs.ts";
import { derive, DERIVED_COLUMNS, round, SMALL_FTE, type Input } from "./measures.ts";
import { pairCensus } from "./pairing.ts";
import { ContextIndex, type Area, type CouncilInfo, type Resolved } from "./resolve.ts";
import { CONTEXT_COLUMNS, writeContextMetas } from "./meta.ts";
import { accountFile } from "./account.ts";
import { buildSocialWorkers, SW_COLUMNS } from "./socialWorkers.ts";

type Indexes = Record<"cin" | "cpp" | "cla" | "population", ContextIndex>;

const cellValue = (table: Table, i: number, col: string): Input => {
  const text = table.rows[i]?.[col] ?? "";
  return { name: col, value: text === "" ? null : Number(text), status: table.rows[i]?.[`${col}_status`] ?? "" };
};

const fromResolved = (name: string, r: Resolved): Input => ({ name, value: r.value, status: r.status });

function areaOf(row: Record<string, string>): Area {
  const level = row["geographic_level"] as Area["level"];
  const codes = level === "Local authority" ? (row["old_la_code"] ?? "").split(" / ") : [];
  return { level, regionCode: row["region_code"] ?? "", codes };
}

/** One output row for workforce row i. */
function contextRow(wf: Table, i: number, idx: Indexes): Record<string, string> {
  const w = wf.rows[i] ?? {};
  const pair = pairCensus(Number(w["time_period"]));
  const area = areaOf(w);
  const counts = {
    At31_episodes: idx.cin.resolve(pair.countYear, area),
    CPP_At31: idx.cpp.resolve(pair.countYear, area),
    cla_children_count: idx.cla.resolve(pair.countYear, area, CLA_AT31),
    population_estimate: idx.population.resolve(pair.populationYear, area, CHILDREN),
  };
  const inputs = new Map<string, Input>([
    ...WORKFORCE_INPUTS.map((c) => [c, cellValue(wf, i, c)] as const),
    ...Object.entries(counts).map(([c, r]) => [c, fromResolved(c, r)] as const),
  ]);
  const get = (name: string): Input => inputs.get(name) ?? { name, value: null, status: "x" };
  const out: Record<string, string> = {
    time_period: String(pair.censusYear),
    census_date: pair.censusDate,
    count_date: pair.countDate,
    population_year: String(pair.populationYear),
  };
  for (const k of ["geographic_level", "region_code", "region_name", "old_la_code", "new_la_code", "la_name"])
    out[k] = w[k] ?? "";
  out["council_slugs"] = w["council_slugs"] ?? "";
  out["joint"] = w["joint"] ?? "false";
  const notes = Object.values(counts)
    .map((r) => r.note)
    .filter(Boolean);
  for (const [c, v] of inputs) {
    out[c] = v.value === null ? "" : String(v.value);
    out[`${c}_status`] = v.status;
  }
  for (const c of DERIVED_COLUMNS) {
    const d = derive(c, get);
    out[c] = d.value === null ? "" : round(d.value, c === "case_holder_share" ? 2 : c === "cin_rate_per_10k" ? 1 : 3);
    out[`${c}_status`] = d.status;
    if (d.note && !notes.some((n) => d.note.includes(n))) notes.push(d.note);
  }
  const fte = get("case_holders_fte").value;
  out["small"] = String(area.level === "Local authority" && fte !== null && fte < SMALL_FTE);
  out["notes"] = notes.join("; ");
  return out;
}

function indexes(loaded: Record<ContextFile, Loaded>, councils: ReadonlyMap<string, CouncilInfo>): Indexes {
  const make = (f: ContextFile): ContextIndex => new ContextIndex(loaded[f].rows, councils, CONTEXT_FILES[f].value);
  return { cin: make("cin"), cpp: make("cpp"), cla: make("cla"), population: make("population") };
}

/** Run the step: read the raw context files and outDir's tables, write the two tables and their metas. */
export function runCouncilContext(rawDir: string, outDir: string, log: (line: string) => void): void {
  // Load inputs.
  const councils = loadCouncils(outDir);
  const wf = loadWorkforce(outDir);
  const loaded = {
    cin: loadContext(rawDir, "cin"),
    cpp: loadContext(rawDir, "cpp"),
    cla: loadContext(rawDir, "cla"),
    population: loadContext(rawDir, "population"),
    sw: loadContext(rawDir, "sw"),
  };

  // Process data.
  const idx = indexes(loaded, councils);
  const rows = wf.rows.map((_, i) => contextRow(wf, i, idx));
  const sw = buildSocialWorkers(loaded.sw, councils);

  // Save outputs.
  writeFileSync(join(outDir, "council_context.csv"), toCsv(CONTEXT_COLUMNS, rows));
  writeFileSync(join(outDir, "cla_social_workers_2024.csv"), toCsv(SW_COLUMNS, sw.rows));
  writeContextMetas(outDir, { context: rows.length, sw: sw.rows.length });

  for (const f of ["cin", "cpp", "cla", "population"] as const) for (const l of accountFile(loaded[f], idx[f])) log(l);
  log(`council_context.csv: written ${String(rows.length)} (one per row of workforce.csv)`);
  for (const c of DERIVED_COLUMNS) {
    const missing = rows.filter((r) => r[`${c}_status`] !== "").length;
    log(`  ${c}: ${String(rows.length - missing)} values, ${String(missing)} symbols with reasons`);
  }
  log(
    `  joint returns: ${String(rows.filter((r) => r["joint"] === "true").length)} rows (counts of children summed, or taken from the one former council covering the same area)`,
  );
  log(
    `  small (under ${String(SMALL_FTE)} case-holding FTE): ${String(rows.filter((r) => r["small"] === "true").length)} rows`,
  );
  for (const l of sw.log) log(l);
}
