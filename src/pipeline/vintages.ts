/**
 * The older DfE release of the workforce series (reporting year 2022, counts at 30 September 2017 to 2022) as one
 * tidy table, data/workforce_vintages.csv: one row per council, year and measure, so the site can say what the
 * current release changed (the council feeds, src/lib/feeds) and judge a source by the figures of its time
 * (src/lib/domain/releases.ts). England's row is kept (slug "england"); regional rows are left out. Each DfE row is matched to the
 * current release's row for the same year and LA code (workforce.csv, written by the main step), so both releases
 * name the same councils; the partner row DfE shows as `z` in a joint return is left out (the joint row holds it).
 * run.ts calls runVintages after the main pipeline has written workforce.csv to outDir.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv, readCsv, toCsv, type Table } from "./lib/csv.ts";
import { PipelineError } from "./lib/errors.ts";
import { parseDfeValue } from "./lib/values.ts";
import { OGL, writeMeta } from "./meta.ts";

const FILE = "workforce/csww_headline_measures_2017_to_2022.csv";
/** The table this step writes. */
const TABLE = "workforce_vintages";
/** The release this file is, as the table names it. */
const RELEASE = "2022";
/** 2022-release column -> the current release's name for the same measure. */
const COLUMNS: Readonly<Record<string, string>> = {
  caseload_fte: "caseload_fte",
  "agency_worker_rate_fte_%": "agency_rate_fte",
  "vacancy_rate_fte_%": "vacancy_rate_fte",
  "turnover_rate_fte_%": "turnover_rate_fte",
  "absence_rate_fte_%": "absence_rate_fte",
  social_worker_fte: "inpost_fte",
  vacancy_fte: "vacancy_fte",
  agency_fte: "agency_fte",
  cases: "cases",
};
const OUT = ["release", "year", "la_name", "old_la_code", "council_slugs", "joint", "measure", "value", "status"];

interface Match {
  slugs: string;
  joint: string;
}

/** (year|LA code) -> the current release's council slugs and joint flag for that row. */
function currentRows(outDir: string): Map<string, Match> {
  const file = "workforce.csv";
  const table = parseCsv(readFileSync(join(outDir, file), "utf8"), file);
  const map = new Map<string, Match>();
  for (const r of table.rows) {
    if (r["geographic_level"] !== "Local authority") continue;
    for (const code of (r["old_la_code"] ?? "").split(" / "))
      map.set(`${r["time_period"] ?? ""}|${code}`, { slugs: r["council_slugs"] ?? "", joint: r["joint"] ?? "" });
  }
  return map;
}

/** The tidy rows of one DfE row, or [] for a joint partner's placeholder row (every value a symbol). */
function rowsOf(table: Table, i: number, match: Match): Record<string, string>[] {
  const r = table.rows[i] ?? {};
  const line = table.lines[i] ?? null;
  const out = Object.entries(COLUMNS).map(([col, measure]) => {
    let v;
    try {
      v = parseDfeValue(r[col] ?? "");
    } catch (e) {
      throw new PipelineError(FILE, line, col, (e as Error).message);
    }
    const base = { release: RELEASE, year: r["time_period"] ?? "", la_name: r["la_name"] ?? "" };
    const ids = { old_la_code: r["old_la_code"] ?? "", council_slugs: match.slugs, joint: match.joint };
    return { ...base, ...ids, measure, value: v.value === null ? "" : String(v.value), status: v.status };
  });
  return match.joint === "true" && out.every((o) => o.value === "") ? [] : out;
}

/** Read the 2022 release, match its council rows to today's councils and write data/workforce_vintages.csv. */
export function runVintages(rawDir: string, outDir: string, log: (line: string) => void): void {
  const table = readCsv(rawDir, FILE, ["time_period", "geographic_level", "old_la_code", ...Object.keys(COLUMNS)]);
  const current = currentRows(outDir);
  const rows: Record<string, string>[] = [];
  let partners = 0;
  let regional = 0;
  table.rows.forEach((r, i) => {
    if (r["geographic_level"] === "National") {
      rows.push(...rowsOf(table, i, { slugs: "england", joint: "false" }));
      return;
    }
    if (r["geographic_level"] !== "Local authority") {
      regional++;
      return;
    }
    const match = current.get(`${r["time_period"] ?? ""}|${r["old_la_code"] ?? ""}`);
    if (!match)
      throw new PipelineError(
        FILE,
        table.lines[i] ?? null,
        "old_la_code",
        "no row of workforce.csv has this year and LA code",
      );
    const out = rowsOf(table, i, match);
    if (out.length === 0) partners++;
    rows.push(...out);
  });
  writeFileSync(join(outDir, `${TABLE}.csv`), toCsv(OUT, rows));
  writeMeta(outDir, TABLE, {
    title: "Children's social work workforce, 2022 release: England and council figures for 2017-2022",
    publisher: "Department for Education",
    description:
      "The release before the current one, one row per council (and England) by year and measure, values as then published; the site compares it with workforce.csv to say what the current release changed, and judges sources by the figures published in their time.",
    release_date: "",
    sources: [
      {
        path: FILE,
        repo: "dfe-analytical-services/CSC_outcomes_and_enablers",
        upstream_path: "data-raw/csww_headline_measures_2017_to_2022.csv",
        commit: "1329930840af1494de032849c2f07a5d58e08f61",
        publisher: "Department for Education",
      },
    ],
    licences: [OGL],
    caveats: [
      "Superseded: workforce.csv (the current release) is the definitive series; earlier years were revised in it.",
      "Joint returns: DfE's 2022 file shows Richmond upon Thames and West Northamptonshire as z, their figures being in the partner's row; those placeholder rows are left out and the partner's row names both councils, as workforce.csv does.",
    ],
    row_count: rows.length,
    columns: {
      release: "DfE reporting year of the release (2022).",
      year: "Count year (30 September).",
      la_name: "DfE LA name in the 2022 file.",
      old_la_code: "DfE 3-digit LA code in the 2022 file.",
      council_slugs:
        "Councils the row covers, matched through workforce.csv's row for the same year and code; 'england' for the national row.",
      joint: "true when workforce.csv's matching row is a joint return.",
      measure: "The current release's column name for the measure.",
      value: "Value as published in 2022; empty when DfE gave a symbol.",
      status: "DfE symbol in place of a number; empty when a number is given.",
    },
  });
  log(
    `${FILE}: read ${String(table.rows.length)}; ${String(rows.length)} rows written; ${String(partners)} joint-partner placeholder rows and ${String(regional)} regional rows left out`,
  );
}
