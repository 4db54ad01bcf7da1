/**
 * A synthetic dataset of `factor` times as many councils, for measuring how the build's cost grows. Every
 * council becomes `factor` councils (the original and copies with suffixed slugs and codes), each with its own
 * workforce rows and inspections; England, region, reported-figure, testimony and geography tables are kept.
 * Written to a temporary folder, never committed.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";

type Row = Record<string, string>;

const readCsv = (dir: string, name: string): { fields: string[]; rows: Row[] } => {
  const parsed = Papa.parse<Row>(readFileSync(join(dir, `${name}.csv`), "utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
};
const writeCsv = (dir: string, name: string, fields: string[], rows: Row[]): void => {
  writeFileSync(
    join(dir, `${name}.csv`),
    `${Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? "")) }, { newline: "\n" })}\n`,
  );
};

/** Copy k of a slug list cell ("a;b" -> "a-x2;b-x2"); copy 1 is the original. */
const mapSlugs = (cell: string | undefined, k: number): string =>
  k === 1 || !cell
    ? (cell ?? "")
    : cell
        .split(";")
        .map((s) => `${s}-x${String(k)}`)
        .join(";");

/** Write the synthetic data folder and return its path. */
export function syntheticData(source: string, factor: number): string {
  const out = mkdtempSync(join(tmpdir(), "caseload-synthetic-"));
  cpSync(source, out, { recursive: true });
  const copies = Array.from({ length: factor }, (_, i) => i + 1);

  const councils = readCsv(source, "councils");
  writeCsv(
    out,
    "councils",
    councils.fields,
    copies.flatMap((k) =>
      councils.rows.map((r) =>
        k === 1
          ? r
          : {
              ...r,
              slug: `${r["slug"] ?? ""}-x${String(k)}`,
              name: `${r["name"] ?? ""} ${String(k)}`,
              dfe_code: `${String(k)}${r["dfe_code"] ?? ""}`,
              predecessors: mapSlugs(r["predecessors"], k),
              successors: mapSlugs(r["successors"], k),
              joint_partners: mapSlugs(r["joint_partners"], k),
              stat_neighbours: mapSlugs(r["stat_neighbours"], k),
              hex_code: "",
            },
      ),
    ),
  );

  const workforce = readCsv(source, "workforce");
  writeCsv(
    out,
    "workforce",
    workforce.fields,
    copies.flatMap((k) =>
      workforce.rows
        .filter((r) => k === 1 || r["geographic_level"] === "Local authority")
        .map((r) =>
          k === 1
            ? r
            : {
                ...r,
                old_la_code: `${String(k)}${r["old_la_code"] ?? ""}`,
                la_name: `${r["la_name"] ?? ""} ${String(k)}`,
                council_slugs: mapSlugs(r["council_slugs"], k),
              },
        ),
    ),
  );

  const inspections = readCsv(source, "inspections");
  writeCsv(
    out,
    "inspections",
    inspections.fields,
    copies.flatMap((k) =>
      inspections.rows.map((r) =>
        k === 1
          ? r
          : {
              ...r,
              id: `${r["id"] ?? ""}-x${String(k)}`,
              council_slug: mapSlugs(r["council_slug"], k),
            },
      ),
    ),
  );
  return out;
}
