/**
 * The data pipeline for one raw folder, one step per table: geography, councils, workforce, inspections. Each step
 * loads its inputs, processes them and saves its table (parse -> validate -> harmonise -> write). runPipeline
 * returns the row-accounting lines and throws PipelineError on bad input; run.ts runs it, with the other steps,
 * into a temporary folder (lib/atomic.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readCsv, parseCsv, toCsv, byText, type Table } from "./lib/csv.ts";
import { parseWorkforce, KEY_COLUMNS, VALUE_COLUMNS, CASELOAD_MAX, type WorkforceInput } from "./workforceParse.ts";
import { buildCouncilCore, COUNCIL_COLUMNS, type Registry } from "./councils.ts";
import {
  addNeighbours,
  addDistricts,
  addFormerDistricts,
  addOfstedNames,
  addHexCodes,
  NEIGHBOUR_SOURCES,
} from "./councilsEnrich.ts";

import { harmoniseWorkforce, WORKFORCE_COLUMNS } from "./workforce.ts";
import { parseIlacsHistory, INSPECTION_COLUMNS, type Parsed } from "./inspectionsIlacs.ts";
import { parseSif, SIF_REQUIRED } from "./inspectionsSif.ts";
import { parseD2i, D2I_REQUIRED } from "./inspectionsD2i.ts";
import { SIF_ALIASES } from "./sifAliases.ts";
import { runGeography, GEO_FILES, type GeoResult } from "./geography.ts";
import { checkCurrentCouncils } from "./identity.ts";
import * as I from "./invariants.ts";
import { writeTableMetas } from "./metas.ts";

/** Raw paths of the CSV inputs. */
const RAW = {
  workforce: "workforce/csww_indicators_2017_to_2025.csv",
  provider: "lookups/Provider_data_lookup.csv",
  sn2021: "lookups/New_Statistical_Neighbour_Groupings_April_2021.csv",
  sn2025: "lookups/sn_model_2025_wide.csv",
  ltla: "lookups/LTLA-UTLA_Apr23_Lookup_England-Wales.csv",
  ilacs: "ofsted/extracted/LA_Inspection_Outcomes_as_at_31_March_2025__ILACS_inspection_history.csv",
  sif: "ofsted/extracted/Childrens_social_care_in_England_2023__LA_inspections_2009-2023.csv",
  d2i: "ofsted/extracted/ofsted_csc_ilacs_overview.csv",
} as const;

const accounting = (file: string, read: number, p: Parsed | null, written: number): string[] => [
  `${file}: read ${String(read)}, written ${String(written)}`,
  ...[...(p?.excluded ?? new Map<string, number>())].sort().map(([why, n]) => `  excluded ${String(n)}: ${why}`),
];

/** A curated table kept in the repository (src/pipeline/curated/). */
const curated = (name: string, required: readonly string[]): Table =>
  parseCsv(
    readFileSync(new URL(`./curated/${name}`, import.meta.url), "utf8"),
    `src/pipeline/curated/${name}`,
    required,
  );

/** The workforce file, parsed and checked row by row (the councils and workforce steps both use it). */
function loadWorkforce(rawDir: string): { table: Table; rows: WorkforceInput[] } {
  const table = readCsv(rawDir, RAW.workforce, [...KEY_COLUMNS, ...VALUE_COLUMNS]);
  return { table, rows: parseWorkforce(table) };
}

/** Councils step: identities, neighbours, districts, Ofsted names, hex codes -> councils.csv. */
function councilsStep(rawDir: string, outDir: string, wf: WorkforceInput[], geo: GeoResult, log: string[]): Registry {
  // Load inputs.
  const provider = readCsv(rawDir, RAW.provider, [
    "la_code",
    "la_code_new",
    "ltla23cd",
    "local_authority_ons_name",
    "stat_neighbours",
  ]);
  const sn2021 = readCsv(rawDir, RAW.sn2021, ["LA num", "SN1"]);
  const sn2025 = readCsv(rawDir, RAW.sn2025, ["old_la_code", "la_name", "SN_1", "SN_10"]);
  const ltla = readCsv(rawDir, RAW.ltla, ["LTLA23CD", "LTLA23NM", "UTLA23CD"]);
  const ilacs = readCsv(rawDir, RAW.ilacs, ["Local authority area code", "Local authority name"]);
  const slugTable = curated("council_slugs.csv", ["dfe_code", "slug"]);
  const former = curated("former_districts.csv", ["district", "council_slugs", "abolished"]);

  // Process data.
  const reg = buildCouncilCore({ provider, workforce: wf, workforceFile: RAW.workforce, slugs: slugTable });
  addNeighbours(reg, provider, sn2021, sn2025);
  addDistricts(reg, ltla);
  addFormerDistricts(reg, former);
  addOfstedNames(reg, ilacs, SIF_ALIASES);
  addHexCodes(reg, geo.hexCodes, GEO_FILES.hex);
  checkCurrentCouncils(reg, wf, geo);
  const councils = reg.councils;
  const slugs = new Set(councils.map((c) => c.slug));
  I.assertUnique("councils", councils, (c) => c["slug"] ?? "");
  I.assertUnique("councils", councils, (c) => c["dfe_code"] ?? "");
  for (const col of ["predecessors", "successors", "joint_partners", "stat_neighbours"])
    I.assertSlugsExist("councils", councils, col, slugs);

  // Save outputs.
  writeFileSync(join(outDir, "councils.csv"), toCsv(COUNCIL_COLUMNS, councils));
  const current = councils.filter((c) => c.status === "current").length;
  log.push(
    `${RAW.provider}: read ${String(provider.rows.length)}, written ${String(provider.rows.length)} (+${String(councils.length - provider.rows.length)} former councils from councilFacts.ts) -> councils.csv ${String(councils.length)} rows (${String(current)} current)`,
    `${RAW.sn2025}: read ${String(sn2025.rows.length)}, written ${String(councils.filter((c) => c.stat_neighbours_source === NEIGHBOUR_SOURCES.dfe2025).length)} neighbour lists (current councils)`,
    `${RAW.sn2021} and the Provider lookup: neighbour lists kept for ${String(councils.length - current)} former councils`,
    `${RAW.ltla}: read ${String(ltla.rows.length)}, written ${String(councils.reduce((n, c) => n + (c.districts ? c.districts.split(";").length : 0), 0))} district names`,
    `${former.file}: read ${String(former.rows.length)}, written ${String(former.rows.length)} former district names`,
    `${slugTable.file}: read ${String(slugTable.rows.length)}, written ${String(councils.length)} slugs`,
  );
  return reg;
}

/** Workforce step: DfE rows with council slugs -> workforce.csv. */
function workforceStep(
  outDir: string,
  wf: { table: Table; rows: WorkforceInput[] },
  reg: Registry,
  log: string[],
): number {
  // Process data.
  const workforce = harmoniseWorkforce(wf.rows, reg, RAW.workforce);
  I.assertSlugsExist("workforce", workforce, "council_slugs", new Set(reg.bySlug.keys()));
  I.assertRange(
    "workforce",
    workforce,
    VALUE_COLUMNS.filter((c) => c.includes("rate")),
    0,
    100,
  );
  I.assertRange("workforce", workforce, ["caseload_fte"], 0, CASELOAD_MAX);

  // Save outputs.
  writeFileSync(join(outDir, "workforce.csv"), toCsv(WORKFORCE_COLUMNS, workforce));
  log.push(`${RAW.workforce}: read ${String(wf.table.rows.length)}, written ${String(workforce.length)}`);
  log.push(`  dropped columns (constant context): time_identifier, country_code, country_name`);
  return workforce.length;
}

/** Inspections step: Ofsted's ILACS history and SIF sheet, and the unofficial scrape -> inspections.csv. */
function inspectionsStep(rawDir: string, outDir: string, reg: Registry, log: string[]): number {
  // Load inputs.
  const ilacs = readCsv(rawDir, RAW.ilacs, [
    "Local authority area code",
    "Local authority name",
    "Inspection date",
    "Publication date",
    "Inspection type",
    "Overall effectiveness",
    "Web link URL",
  ]);
  const sif = readCsv(rawDir, RAW.sif, SIF_REQUIRED);
  const d2i = readCsv(rawDir, RAW.d2i, D2I_REQUIRED);

  // Process data.
  const off = parseIlacsHistory(ilacs, reg);
  const sifP = parseSif(sif, reg, SIF_ALIASES);
  const d2iP = parseD2i(d2i, reg, new Set(off.rows.map((r) => `${r.council_slug}|${r.publication_date}`)));
  const inspections = [...off.rows, ...sifP.rows, ...d2iP.rows].sort(
    (a, b) =>
      byText(a.council_slug, b.council_slug) || byText(a.publication_date, b.publication_date) || byText(a.id, b.id),
  );
  I.assertUnique("inspections", inspections, (r) => r["id"] ?? "");
  I.assertSlugsExist("inspections", inspections, "council_slug", new Set(reg.bySlug.keys()));

  // Save outputs.
  writeFileSync(join(outDir, "inspections.csv"), toCsv(INSPECTION_COLUMNS, inspections));
  log.push(...accounting(RAW.ilacs, ilacs.rows.length, off, off.rows.length));
  // Counted in inspection blocks: a row holds up to 2 SIF blocks (first SIF, re-inspection) and older/newer ones.
  log.push(...accounting(`${RAW.sif} (rows; written = SIF blocks)`, sif.rows.length, sifP, sifP.rows.length));
  const noSif = new Set(sifP.rows.map((r) => r.council_slug));
  log.push(
    `  rows with no SIF block (councils created after the SIF era, or not inspected under it): ${String(sif.rows.length - noSif.size)}`,
  );
  log.push(...accounting(RAW.d2i, d2i.rows.length, d2iP, d2iP.rows.length));
  return inspections.length;
}

/** Run the steps in order; write CSVs, meta and geography into outDir; return the accounting lines. */
export function runPipeline(rawDir: string, outDir: string): string[] {
  const log: string[] = [];
  mkdirSync(outDir, { recursive: true });
  const wf = loadWorkforce(rawDir);
  const geo = runGeography(rawDir, outDir);
  const reg = councilsStep(rawDir, outDir, wf.rows, geo, log);
  log.push(...geo.log);
  const workforce = workforceStep(outDir, wf, reg, log);
  const inspections = inspectionsStep(rawDir, outDir, reg, log);
  writeTableMetas(outDir, { councils: reg.councils.length, workforce, inspections });
  log.push(
    `wrote councils.csv (${String(reg.councils.length)}), workforce.csv (${String(workforce)}), inspections.csv (${String(inspections)}) + meta.json, geo/*.topo.json + geo.meta.json`,
  );
  return log;
}
