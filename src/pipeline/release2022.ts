/**
 * Older-release step: DfE's 2022 release of the workforce headline measures (data to 30 September 2022), the oldest
 * release in the raw folder, read into data/workforce_2022_release.csv so that the site can judge what a source said
 * against the figures published nearer its time (lib/domain/releases.ts), not only against today's revised series.
 * One row per council row of the file (England too), caseload, agency and vacancy rates as published, symbols kept
 * in <column>_status. Council slugs come from councils.csv by DfE code; joint partners' `z` rows are kept with the
 * symbol. Runs after the main pipeline (reads councils.csv back from outDir).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { readCsv, toCsv } from "./lib/csv.ts";
import { PipelineError } from "./lib/errors.ts";

const RELEASE_2022_FILE = "workforce/csww_headline_measures_2017_to_2022.csv";
/** Raw column -> the current series' column name. */
const MEASURES = {
  caseload_fte: "caseload_fte",
  "agency_worker_rate_fte_%": "agency_rate_fte",
  "vacancy_rate_fte_%": "vacancy_rate_fte",
} as const;
const KEYS = ["time_period", "geographic_level", "old_la_code", "new_la_code", "la_name"] as const;
const RELEASE_COLUMNS = [
  "release",
  "year",
  "level",
  "new_la_code",
  "la_name",
  "council_slug",
  ...Object.values(MEASURES).flatMap((m) => [m, `${m}_status`]),
];
const META = {
  title: "Children's social work workforce as published in DfE's 2022 release, 2017-2022",
  publisher: "Department for Education",
  description:
    "The caseload, agency rate and vacancy rate of England and each council as DfE's 2022 release published them, kept to judge sources against the figures of their time (later releases revised some earlier years).",
  sources: [
    {
      path: RELEASE_2022_FILE,
      repo: "dfe-analytical-services/CSC_outcomes_and_enablers",
      upstream_path: "data-raw/csww_headline_measures_2017_to_2022.csv",
      commit: "1329930840af1494de032849c2f07a5d58e08f61",
      publisher: "Department for Education",
    },
  ],
  licences: [
    {
      name: "Open Government Licence v3.0",
      url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    },
  ],
  caveats: [
    "Superseded: data/workforce.csv (the 2025 release) is the definitive series; this table is used only to judge what a source could have read.",
    "Regional rows are left out. Joint returns: the partner council's row carries DfE's symbol z.",
  ],
  columns: {
    release: "The DfE release the values come from (2022).",
    year: "The 30 September count the value describes.",
    level: "National or Local authority.",
    new_la_code: "The ONS code as the release printed it.",
    la_name: "The council name as the release printed it (blank for England).",
    council_slug: "The site's council slug, matched by DfE's three-digit code ('england' for the national row).",
    caseload_fte: "Average caseload per FTE case-holding social worker (caseload_fte in the release).",
    agency_rate_fte: "Agency worker rate, % of FTE (agency_worker_rate_fte_% in the release).",
    vacancy_rate_fte: "Vacancy rate, % of FTE (vacancy_rate_fte_% in the release).",
    "*_status": "DfE's symbol when no value was published (x, z, c, u, low); blank otherwise.",
  },
};
const SYMBOLS = new Set(["x", "z", "c", "u", "low"]);

/** One cell: a number as written, or blank with the DfE symbol in status. */
function cell(text: string, line: number, column: string): [string, string] {
  if (SYMBOLS.has(text)) return ["", text];
  if (!/^\d+(\.\d+)?$/.test(text) || Number(text) > 100)
    throw new PipelineError(
      RELEASE_2022_FILE,
      line,
      column,
      `"${text}" is neither a value from 0 to 100 nor a DfE symbol`,
    );
  return [text, ""];
}

/** Read the 2022 release and write workforce_2022_release.csv; returns the accounting line. */
export function runRelease2022(rawDir: string, outDir: string, log: (line: string) => void): void {
  const table = readCsv(rawDir, RELEASE_2022_FILE, [...KEYS, ...Object.keys(MEASURES)]);
  // DfE's three-digit council code is stable across releases (ONS codes changed with reorganisations).
  const councils = readCsv(outDir, "councils.csv", ["slug", "dfe_code"]);
  const slugByDfe = new Map(councils.rows.map((r) => [r["dfe_code"] ?? "", r["slug"] ?? ""]));
  const out: Record<string, string>[] = [];
  table.rows.forEach((r, i) => {
    const line = i + 2;
    const level = r["geographic_level"] ?? "";
    if (level === "Regional") return;
    const code = r["old_la_code"] ?? "";
    const slug = level === "National" ? "england" : (slugByDfe.get(code) ?? "");
    if (slug === "")
      throw new PipelineError(RELEASE_2022_FILE, line, "old_la_code", `"${code}" is not a DfE code in councils.csv`);
    const row: Record<string, string> = {
      release: "2022",
      year: r["time_period"] ?? "",
      level,
      new_la_code: r["new_la_code"] ?? "",
      la_name: r["la_name"] ?? "",
      council_slug: slug,
    };
    for (const [raw, name] of Object.entries(MEASURES))
      [row[name], row[`${name}_status`]] = cell(r[raw] ?? "", line, raw);
    out.push(row);
  });
  writeFileSync(join(outDir, "workforce_2022_release.csv"), toCsv(RELEASE_COLUMNS, out));
  writeFileSync(join(outDir, "workforce_2022_release.meta.json"), `${JSON.stringify(META, null, 2)}\n`);
  log(
    `${RELEASE_2022_FILE}: read ${String(table.rows.length)}, written ${String(out.length)} (regional rows left out)`,
  );
}
