/**
 * The whole data pipeline for one raw folder: parse -> validate -> harmonise -> write data/.
 * Returns the row-accounting lines; throws PipelineError on bad input. run.ts is the CLI around it.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readCsv, parseCsv, toCsv, byText } from "./lib/csv.ts";
import { parseWorkforce, KEY_COLUMNS, VALUE_COLUMNS, CASELOAD_MAX } from "./workforceParse.ts";
import { buildCouncilCore, COUNCIL_COLUMNS } from "./councils.ts";
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
import { runGeography, GEO_FILES } from "./geography.ts";
import { checkCurrentCouncils } from "./identity.ts";
import * as I from "./invariants.ts";
import { writeTableMetas } from "./metas.ts";

/** Raw paths of the CSV inputs. */
export const RAW = {
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

/** Run every step; write CSVs, meta and geography into outDir; return the accounting lines. */
export function runPipeline(rawDir: string, outDir: string): string[] {
  const log: string[] = [];
  // Load inputs.
  const wfTable = readCsv(rawDir, RAW.workforce, [...KEY_COLUMNS, ...VALUE_COLUMNS]);
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
  const wf = parseWorkforce(wfTable);
  const slugsFile = "src/pipeline/curated/council_slugs.csv";
  const slugTable = parseCsv(readFileSync(new URL("./curated/council_slugs.csv", import.meta.url), "utf8"), slugsFile, [
    "dfe_code",
    "slug",
  ]);
  const reg = buildCouncilCore({ provider, workforce: wf, workforceFile: RAW.workforce, slugs: slugTable });
  addNeighbours(reg, provider, sn2021, sn2025);
  addDistricts(reg, ltla);
  const formerFile = "src/pipeline/curated/former_districts.csv";
  const former = parseCsv(
    readFileSync(new URL("./curated/former_districts.csv", import.meta.url), "utf8"),
    formerFile,
    ["district", "council_slugs", "abolished"],
  );
  addFormerDistricts(reg, former);
  addOfstedNames(reg, ilacs, SIF_ALIASES);
  mkdirSync(outDir, { recursive: true });
  const geo = runGeography(rawDir, outDir);
  addHexCodes(reg, geo.hexCodes, GEO_FILES.hex);
  checkCurrentCouncils(reg, wf, geo);
  const councils = reg.councils;
  const slugs = new Set(councils.map((c) => c.slug));
  I.assertUnique("councils", councils, (c) => c["slug"] ?? "");
  I.assertUnique("councils", councils, (c) => c["dfe_code"] ?? "");
  for (const col of ["predecessors", "successors", "joint_partners", "stat_neighbours"])
    I.assertSlugsExist("councils", councils, col, slugs);
  log.push(
    `${RAW.provider}: read ${String(provider.rows.length)}, written ${String(provider.rows.length)} (+${String(councils.length - provider.rows.length)} former councils from councilFacts.ts) -> councils.csv ${String(councils.length)} rows (${String(councils.filter((c) => c.status === "current").length)} current)`,
  );
  log.push(
    `${RAW.sn2025}: read ${String(sn2025.rows.length)}, written ${String(councils.filter((c) => c.stat_neighbours_source === NEIGHBOUR_SOURCES.dfe2025).length)} neighbour lists (current councils)`,
  );
  log.push(
    `${RAW.sn2021} and the Provider lookup: neighbour lists kept for ${String(councils.filter((c) => c.status === "former").length)} former councils`,
  );
  log.push(
    `${RAW.ltla}: read ${String(ltla.rows.length)}, written ${String(councils.reduce((n, c) => n + (c.districts ? c.districts.split(";").length : 0), 0))} district names`,
  );
  log.push(
    `${formerFile}: read ${String(former.rows.length)}, written ${String(former.rows.length)} former district names`,
  );
  log.push(...geo.log);

  const workforce = harmoniseWorkforce(wf, reg, RAW.workforce);
  I.assertSlugsExist("workforce", workforce, "council_slugs", slugs);
  I.assertRange(
    "workforce",
    workforce,
    VALUE_COLUMNS.filter((c) => c.includes("rate")),
    0,
    100,
  );
  I.assertRange("workforce", workforce, ["caseload_fte"], 0, CASELOAD_MAX);
  log.push(`${RAW.workforce}: read ${String(wfTable.rows.length)}, written ${String(workforce.length)}`);
  log.push(`  dropped columns (constant context): time_identifier, country_code, country_name`);

  const off = parseIlacsHistory(ilacs, reg);
  const sifP = parseSif(sif, reg, SIF_ALIASES);
  const d2iP = parseD2i(d2i, reg, new Set(off.rows.map((r) => `${r.council_slug}|${r.publication_date}`)));
  const inspections = [...off.rows, ...sifP.rows, ...d2iP.rows].sort(
    (a, b) =>
      byText(a.council_slug, b.council_slug) || byText(a.publication_date, b.publication_date) || byText(a.id, b.id),
  );
  I.assertUnique("inspections", inspections, (r) => r["id"] ?? "");
  I.assertSlugsExist("inspections", inspections, "council_slug", slugs);
  I.assertIn(
    "inspections",
    inspections,
    "overall",
    new Set(["Outstanding", "Good", "Requires improvement", "Inadequate"]),
  );
  log.push(...accounting(RAW.ilacs, ilacs.rows.length, off, off.rows.length));
  // Counted in inspection blocks: a row holds up to 2 SIF blocks (first SIF, re-inspection) and older/newer ones.
  log.push(...accounting(`${RAW.sif} (rows; written = SIF blocks)`, sif.rows.length, sifP, sifP.rows.length));
  const noSif = new Set(sifP.rows.map((r) => r.council_slug));
  log.push(
    `  rows with no SIF block (councils created after the SIF era, or not inspected under it): ${String(sif.rows.length - noSif.size)}`,
  );
  log.push(...accounting(RAW.d2i, d2i.rows.length, d2iP, d2iP.rows.length));

  // Save outputs.
  writeFileSync(join(outDir, "councils.csv"), toCsv(COUNCIL_COLUMNS, councils));
  writeFileSync(join(outDir, "workforce.csv"), toCsv(WORKFORCE_COLUMNS, workforce));
  writeFileSync(join(outDir, "inspections.csv"), toCsv(INSPECTION_COLUMNS, inspections));
  writeTableMetas(outDir, { councils: councils.length, workforce: workforce.length, inspections: inspections.length });
  log.push(
    `wrote councils.csv (${String(councils.length)}), workforce.csv (${String(workforce.length)}), inspections.csv (${String(inspections.length)}) + meta.json, geo/*.topo.json + geo.meta.json`,
  );
  return log;
}
