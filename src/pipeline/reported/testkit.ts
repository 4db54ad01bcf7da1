/**
 * Test helpers: a stand-in for the main pipeline's tidy councils.csv and workforce.csv, derived from the raw DfE
 * workforce CSV (when data/ does not hold the real ones yet), and a temporary folder helper.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";

/** The raw DfE workforce file described in SOURCES.md. */
const RAW_WORKFORCE = join(
  process.cwd(),
  "..",
  "shared",
  "data",
  "raw",
  "workforce",
  "csww_indicators_2017_to_2025.csv",
);
const MEASURES = ["caseload_fte", "agency_rate_fte", "vacancy_rate_fte", "turnover_rate_fte"];

/** Kebab-case of a council's common name ("Kingston upon Thames" -> "kingston-upon-thames"). */
const toSlug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** A fresh temporary folder. */
export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), `${prefix}-`));

/**
 * Write councils.csv and workforce.csv to `dir`: copies of the real ones from data/ when both exist, otherwise
 * tidy tables derived from the raw DfE file (local-authority rows; symbols moved to `<measure>_status`).
 */
export function writeOfficialFixture(dir: string, dataDir = join(process.cwd(), "data")): "data" | "raw" {
  const real = ["councils.csv", "workforce.csv"].map((f) => join(dataDir, f));
  if (real.every((p) => existsSync(p))) {
    for (const p of real) writeFileSync(join(dir, p.slice(dataDir.length + 1)), readFileSync(p));
    return "data";
  }
  const raw = Papa.parse<Record<string, string>>(readFileSync(RAW_WORKFORCE, "utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  const councils = new Map<string, string>();
  const workforce = raw.data
    .filter((r) => r["geographic_level"] === "Local authority")
    .map((r) => {
      const names = (r["la_name"] ?? "").split(" / ");
      const slugs = names.map(toSlug);
      names.forEach((n, i) => councils.set(slugs[i] ?? "", n));
      const out: Record<string, string> = {
        time_period: r["time_period"] ?? "",
        geographic_level: "Local authority",
        old_la_code: r["old_la_code"] ?? "",
        new_la_code: r["new_la_code"] ?? "",
        la_name: r["la_name"] ?? "",
      };
      for (const m of MEASURES) {
        const v = r[m] ?? "";
        const numeric = v !== "" && Number.isFinite(Number(v));
        out[m] = numeric ? v : "";
        out[`${m}_status`] = numeric ? "" : v;
      }
      out["council_slugs"] = slugs.join(";");
      out["joint"] = slugs.length > 1 ? "true" : "false";
      return out;
    });
  const councilRows = [...councils].map(([slug, name]) => ({
    slug,
    name,
    dfe_code: "",
    ons_code: "",
    status: "",
    successors: "",
  }));
  writeFileSync(join(dir, "councils.csv"), Papa.unparse(councilRows));
  writeFileSync(join(dir, "workforce.csv"), Papa.unparse(workforce));
  return "raw";
}
