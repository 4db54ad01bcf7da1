/**
 * Tiny fixtures for the pipeline tests: CSV builders with valid defaults and a small council registry.
 * Tests override one cell at a time to make exactly one thing wrong.
 */
import Papa from "papaparse";
import { indexCouncils, COUNCIL_COLUMNS, type CouncilRow, type Registry } from "./councils.ts";
import { KEY_COLUMNS, DROPPED_COLUMNS, VALUE_COLUMNS } from "./workforceParse.ts";

/** CSV text from a header and rows (papaparse quoting). */
export const csv = (fields: readonly string[], rows: readonly Record<string, string>[]): string =>
  Papa.unparse({ fields: [...fields], data: rows.map((r) => fields.map((f) => r[f] ?? "")) }, { newline: "\n" });

/** Header of the DfE workforce file. */
export const WF_FIELDS = [...KEY_COLUMNS.slice(0, 1), ...DROPPED_COLUMNS, ...KEY_COLUMNS.slice(1), ...VALUE_COLUMNS];

/** A valid Walsall 2020 DfE row; pass overrides to break one cell. */
export function wfRow(over: Record<string, string> = {}): Record<string, string> {
  const base: Record<string, string> = {
    time_period: "2020",
    time_identifier: "Reporting year",
    country_code: "E92000001",
    country_name: "England",
    geographic_level: "Local authority",
    region_code: "E12000005",
    region_name: "West Midlands",
    old_la_code: "335",
    new_la_code: "E08000030",
    la_name: "Walsall",
  };
  for (const c of VALUE_COLUMNS) base[c] = "10";
  // Consistent within the row: caseload = cases / case holders; agency and vacancy rates = x / (x + in post).
  Object.assign(base, { cases: "100", agency_rate_fte: "50", vacancy_rate_fte: "50" });
  return { ...base, ...over };
}

/** A council row with defaults. */
function council(over: Partial<CouncilRow> & { slug: string; dfe_code: string; ons_codes: string }): CouncilRow {
  const row = Object.fromEntries(COUNCIL_COLUMNS.map((c) => [c, ""])) as CouncilRow;
  return { ...row, name: over.slug, status: "current", ...over };
}

/** Registry of a handful of councils, enough for the parsers. */
export function tinyRegistry(): Registry {
  return indexCouncils([
    council({ slug: "walsall", dfe_code: "335", ons_codes: "E08000030:2017-" }),
    council({ slug: "somerset", name: "Somerset", dfe_code: "933", ons_codes: "E10000027:2017-2022;E06000066:2023-" }),
    council({ slug: "kingston-upon-thames", dfe_code: "314", ons_codes: "E09000021:2017-" }),
    council({ slug: "richmond-upon-thames", dfe_code: "318", ons_codes: "E09000027:2017-" }),
    council({ slug: "bournemouth-christchurch-and-poole", dfe_code: "839", ons_codes: "E06000058:2019-" }),
    council({ slug: "surrey", dfe_code: "936", ons_codes: "E10000030:2017-" }),
  ]);
}

/** Header of the ILACS history extract. */
export const ILACS_FIELDS = [
  "Web link",
  "Local authority area code",
  "Local authority name",
  "Local authority status",
  "Ofsted region",
  "Inspection date",
  "Publication date",
  "Inspection type",
  "Overall effectiveness",
  "The impact of leaders on social work practice with children and families",
  "The experiences and progress of children who need help and protection",
  "The experiences and progress of children in care",
  "The experiences and progress of care leavers",
  "Web link URL",
];

/** A valid ILACS history row (Walsall, Good, 2021). */
export const ilacsRow = (over: Record<string, string> = {}): Record<string, string> => ({
  "Local authority area code": "E08000030",
  "Local authority name": "Walsall",
  "Inspection date": "2021-10-04T00:00:00",
  "Publication date": "2021-11-26T00:00:00",
  "Inspection type": "ILACS Standard Inspection",
  "Overall effectiveness": "Good",
  "The impact of leaders on social work practice with children and families": "Good",
  "The experiences and progress of children who need help and protection": "Requires improvement to be good",
  "The experiences and progress of children in care": "Good",
  "Web link URL": "https://reports.ofsted.gov.uk/provider/44/335",
  ...over,
});
