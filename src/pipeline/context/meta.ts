/**
 * Columns and .meta.json of council_context.csv and cla_social_workers_2024.csv, in the format of the main
 * pipeline's metas (writeMeta), plus the pairing rule in words.
 */
import { OGL, writeMeta, type SourceFile, type TableMeta } from "../meta.ts";
import { PAIRING_RULE } from "./pairing.ts";
import { SMALL_FTE } from "./measures.ts";

const DFE_REPO = "dfe-analytical-services/CSC_outcomes_and_enablers";
const source = (path: string, commit: string, publisher: string): SourceFile => ({
  path,
  repo: DFE_REPO,
  upstream_path: `data-raw/${path.replace(/^\w+\//, "")}`,
  commit,
  publisher,
});
const CIN_COMMIT = "c19350f74e8d3c1ad18beb2d6069f0c82f19a571";
const SOURCES = {
  workforce: source(
    "workforce/csww_indicators_2017_to_2025.csv",
    "10a68d81b61e461d6c87b4d0b676a3a56b1c152a",
    "Department for Education",
  ),
  cin: source("context/b1_children_in_need_2013_to_2025.csv", CIN_COMMIT, "Department for Education"),
  cpp: source("context/d5_cpps_at31march_by_duration_2013_to_2025.csv", CIN_COMMIT, "Department for Education"),
  cla: source(
    "context/cla_number_and_rate_per_10k_children.csv",
    "9a527ae3b5a39c8dbd822cb0597cce5b6b65df32",
    "Department for Education",
  ),
  population: source(
    "context/ons_mid-year_population_estimates_2012_to_2024.csv",
    CIN_COMMIT,
    "Office for National Statistics, in DfE's layout",
  ),
  sw: source("context/la_cla_swcount.csv", "76c0845b335e96de35fabf11db3226dac185234b", "Department for Education"),
};

const status = (of: string): string =>
  `DfE symbol (or, for a derived value, the symbol of the missing input) when ${of} is empty: x not available, z not applicable, u low reliability, c confidential, low rounds to zero. Never 0. The reason is in notes.`;

/** Columns of data/council_context.csv, in order, with their descriptions. */
const CONTEXT_COLUMN_DOCS: Record<string, string> = {
  time_period: "DfE reporting year of the workforce census (the position at 30 September of that year).",
  census_date: "Date of the workforce census (30 September of time_period).",
  count_date: "Date of the counts of children paired with that census (31 March of time_period): see pairing_rule.",
  population_year: "Year of the ONS mid-year estimate of children aged 0 to 17 used for cin_rate_per_10k.",
  geographic_level: "National, Regional or Local authority, as in workforce.csv.",
  region_code: "ONS region code (E12) or DfE London sub-region (E13), as in workforce.csv.",
  region_name: "Region name.",
  old_la_code: "DfE 3-digit LA number(s) of the workforce row; a joint return holds two (314 / 318). The join key.",
  new_la_code: "ONS code(s) of the workforce row.",
  la_name: "Name as DfE writes it in the workforce file.",
  council_slugs: "Councils the row covers (';'-joined slugs in councils.csv); two for a joint return.",
  joint: "true when DfE publishes one workforce row for two councils: their counts of children are summed to match.",
  inpost_fte: "DfE workforce: FTE children and family social workers employed at 30 September.",
  agency_fte: "DfE workforce: FTE agency (locum) social workers at 30 September.",
  case_holders_fte: "DfE workforce: FTE social workers, agency included, holding one or more cases.",
  cases: "DfE workforce: cases held by FTE social workers, agency included.",
  caseload_fte: "DfE workforce: the official average caseload, cases ÷ case_holders_fte.",
  At31_episodes: "DfE Characteristics of children in need, table b1: children in need at 31 March (count_date).",
  CPP_At31: "DfE Characteristics of children in need, table d5: children on a child protection plan at 31 March.",
  cla_children_count:
    "DfE Children looked after: children_count where population_type is 'Children looked after on 31 March each year' (file starts at 2021).",
  population_estimate: "ONS mid-year estimate of children aged 0 to 17 in population_year (DfE's layout).",
  case_holder_share:
    "Derived: case_holders_fte ÷ (inpost_fte + agency_fte) × 100. The share of social worker FTE (employed plus agency) that holds cases, and so is in the caseload's denominator.",
  cin_per_case_holder_fte: "Derived: At31_episodes ÷ case_holders_fte. Children in need per case-holding FTE.",
  cpp_per_case_holder_fte: "Derived: CPP_At31 ÷ case_holders_fte. Children on a protection plan per case-holding FTE.",
  cla_per_case_holder_fte:
    "Derived: cla_children_count ÷ case_holders_fte. Children looked after per case-holding FTE.",
  cases_per_cin:
    "Derived: cases ÷ At31_episodes. Cases recorded in the workforce census per child in need six months earlier.",
  cin_rate_per_10k: "Derived: At31_episodes ÷ population_estimate × 10,000. Children in need per 10,000 children.",
  small: `true for a council with fewer than ${String(SMALL_FTE)} case-holding FTE: one person moves its ratios visibly.`,
  notes: "Why a value is missing, summed or taken from a former council ('; '-joined).",
};
for (const c of Object.keys(CONTEXT_COLUMN_DOCS)) {
  if (/_fte$|^cases$|^At31|^CPP|^cla_children|^population_estimate$|^case_holder_share$|_per_|_rate_/.test(c))
    CONTEXT_COLUMN_DOCS[`${c}_status`] = status(c);
}
/** Column order of council_context.csv: each value followed by its _status. */
export const CONTEXT_COLUMNS: string[] = Object.keys(CONTEXT_COLUMN_DOCS).flatMap((c) =>
  c.endsWith("_status") ? [] : CONTEXT_COLUMN_DOCS[`${c}_status`] ? [c, `${c}_status`] : [c],
);

const SW_DOCS: Record<string, string> = {
  time_period: "DfE reporting year (year ending 31 March 2024).",
  count_date: "Children looked after on this date.",
  geographic_level: "National, Regional or Local authority.",
  region_code: "ONS region code (E12) or DfE London sub-region (E13).",
  region_name: "Region name.",
  old_la_code: "DfE 3-digit LA number.",
  new_la_code: "ONS code as DfE printed it.",
  la_name: "Name as DfE writes it.",
  council_slug: "Council (slug in councils.csv); empty for England and regions.",
  total_children: "DfE `number` where sw_stability is 'Total children': children looked after at 31 March 2024.",
  total_children_status: status("total_children"),
  number:
    "DfE `number` where sw_stability is '3 or more social workers during the year': of those, children who had three or more social workers in the year.",
  number_status: status("number"),
  percentage: "DfE's published `percentage` on that row (whole numbers).",
  percentage_status: status("percentage"),
  share: "Derived: number ÷ total_children × 100, to 2 decimals.",
  share_status: status("share"),
};

/** Write both metas. */
export function writeContextMetas(outDir: string, counts: { context: number; sw: number }): void {
  const context: TableMeta & { pairing_rule: string } = {
    title: "What the caseload leaves out: case holders, children in need and children in care per case-holding FTE",
    publisher: "Caseload Check, computed from Department for Education and Office for National Statistics figures",
    description:
      "One row per row of workforce.csv (England, regions, councils, joint returns as DfE publishes them, 2017-2025): the workforce census beside the counts of children at 31 March of the same reporting year, and the ratios between them.",
    release_date: "",
    sources: [SOURCES.workforce, SOURCES.cin, SOURCES.cpp, SOURCES.cla, SOURCES.population],
    licences: [OGL],
    caveats: [
      PAIRING_RULE,
      "Children counted per case-holding FTE are not caseloads: a child in need may have no allocated social worker, and a case in the workforce census may be a child not counted as in need (for example a care leaver).",
      "Joint returns: Kingston upon Thames and Richmond upon Thames, and North and West Northamptonshire from 2021, report one workforce row; their counts of children are summed to match. At 31 March 2021 the count for North and West Northamptonshire is Northamptonshire's (the same area, before the councils were created).",
      "Reorganised councils: counts taken before a reorganisation cannot be re-cut to new boundaries (Cumberland and Westmorland and Furness at 31 March 2023; Bournemouth, Christchurch and Poole and Dorset at 31 March 2019): those values are x with the reason.",
      "Kensington and Chelsea and Westminster made no 2025 workforce return after a cyberattack; DfE used their 2024 figures in the 2025 totals for England, London and Inner London.",
      "England and region rows divide DfE's own totals; they are not sums of the council rows.",
    ],
    row_count: counts.context,
    columns: CONTEXT_COLUMN_DOCS,
    pairing_rule: PAIRING_RULE,
  };
  writeMeta(outDir, "council_context", context);
  writeMeta(outDir, "cla_social_workers_2024", {
    title: "Children in care at 31 March 2024 who had three or more social workers in the year",
    publisher: "Department for Education",
    description: "DfE's count per area (England, regions, councils), the total it is out of, and the share.",
    release_date: "",
    sources: [SOURCES.sw],
    licences: [OGL],
    caveats: [
      "One year only (2024). The official successor of the Children's Commissioner's stability measure.",
      "Councils keep their own rows here: Kingston upon Thames and Richmond upon Thames are separate in this file.",
      "A change of social worker can be good (a child moving to a specialist team) or a sign of turnover; the measure does not say which.",
    ],
    row_count: counts.sw,
    columns: SW_DOCS,
  });
}
