/**
 * Plain-English description of every column of every table (the /data/ page renders these).
 */
import { VALUE_COLUMNS } from "./workforceParse.ts";

/** data/councils.csv columns. */
export const COUNCIL_COLUMN_DOCS: Record<string, string> = {
  slug: "Stable URL key: kebab-case of the common name. The pre-2019 Dorset county is dorset-county-pre-2019.",
  name: "Common name used on the site.",
  dfe_code: "DfE 3-digit LA number (old_la_code): the stable join key across years.",
  ons_code: "ONS code now (current councils) or when abolished (former councils).",
  ons_codes:
    "Every ONS code the council has used in DfE data, with the reporting years, e.g. E10000002:2017-2019;E06000060:2020- (open end = still in use).",
  dfe_name: "Name as DfE writes it in the workforce file (the council's part of a joint row).",
  ofsted_name: "Name as Ofsted writes it (ILACS history, else the 2023 inspections sheet).",
  region_code: "ONS code of one of the 9 English regions (London councils: E12000007).",
  region_name: "Name of that region.",
  dfe_region_code:
    "Region code on the council's DfE workforce rows: for London, E13000001 Inner or E13000002 Outer London.",
  type: "Unitary Authority, Metropolitan District, London Borough or County (from the ONS code prefix).",
  status: "current, or former (abolished in a reorganisation).",
  valid_from: "Date the council took on children's services, if since 2014 (ISO date; empty = before 2014).",
  valid_to: "Last day before abolition (ISO date; empty = current).",
  predecessors: "Slugs of councils it replaced (';'-joined). Code changes of the same council are not predecessors.",
  successors: "Slugs of councils that replaced it (';'-joined).",
  joint_partners: "Slugs of councils with which it runs children's services and shares one DfE workforce row.",
  stat_neighbours:
    "Slugs of its statistical neighbours, closest first: for current councils DfE's 2025 statistical neighbour model; for former councils the older list named in stat_neighbours_source (abolished councils mapped to successors).",
  stat_neighbours_source:
    "Which list stat_neighbours is, with its year: 'DfE statistical neighbour model, 2025' (current councils), or for former councils 'Data to Insight Provider lookup (June 2025 copy of its neighbour list)' or 'DfE statistical neighbour groupings, April 2021'.",
  districts: "Lower-tier districts inside it (ONS LTLA-UTLA April 2023 lookup), ';'-joined; empty for unitaries.",
  former_districts:
    "Districts abolished in the 2019-2023 reorganisations whose area it now covers or covered (curated from the Structural Changes Orders: src/pipeline/curated/former_districts.csv), ';'-joined; for search.",
  hex_code:
    "Its code in the House of Commons Library 2023 hex cartogram (data/geo/hex-2023.topo.json); empty if not drawn.",
};

const VALUE_DOCS: Record<string, string> = {
  inpost_fte: "FTE children and family social workers employed (not agency) at 30 Sep",
  inpost_headcount: "Headcount of employed social workers at 30 Sep",
  starters_fte: "FTE starters in the 12 months to 30 Sep",
  starters_headcount: "Headcount of starters in the year",
  leavers_fte: "FTE leavers in the 12 months to 30 Sep",
  leavers_headcount: "Headcount of leavers in the year",
  turnover_rate_fte: "Turnover rate, % (FTE leavers / FTE in post)",
  turnover_rate_headcount: "Turnover rate by headcount, %",
  agency_fte: "FTE agency workers at 30 Sep",
  agency_headcount: "Headcount of agency workers",
  agency_rate_fte: "Agency rate, % (agency FTE / (agency + employed FTE))",
  agency_rate_headcount: "Agency rate by headcount, %",
  agency_cover_fte: "FTE agency workers covering vacancies",
  agency_cover_rate_fte: "Share of agency workers covering vacancies, %",
  vacancy_fte: "FTE vacancies at 30 Sep",
  vacancy_rate_fte: "Vacancy rate, % (FTE vacancies / (vacancies + employed FTE))",
  vacancy_agency_cover_rate_fte: "Share of vacancies covered by agency workers, %",
  case_holders_fte: "FTE social workers holding at least one case",
  cases: "Cases held by case-holding social workers (agency included)",
  caseload_fte: "Average caseload: cases per FTE case-holding social worker, agency included",
  working_days_lost_fte: "Working days lost to sickness absence in the year",
  absence_rate_fte: "Sickness absence rate, %",
};

/** data/workforce.csv columns. */
export const WORKFORCE_COLUMN_DOCS: Record<string, string> = {
  time_period: "DfE reporting year: the position at 30 September of that year (flows: 12 months to 30 Sep).",
  geographic_level: "National (England), Regional, or Local authority.",
  region_code:
    "DfE region code (E12; London split into E13000001 Inner / E13000002 Outer London). Empty on the England row.",
  region_name: "DfE region name.",
  old_la_code: "DfE 3-digit LA code(s); joint rows hold two, e.g. '314 / 318'.",
  new_la_code: "ONS code(s) DfE gives for that year.",
  la_name: "DfE LA name (joint rows: both names joined with ' / ').",
  ...Object.fromEntries(
    VALUE_COLUMNS.flatMap((c) => [
      [c, `${VALUE_DOCS[c] ?? c}. Empty when DfE gives a symbol instead (see ${c}_status).`],
      [
        `${c}_status`,
        "DfE symbol where the value is not a number: x not available, z not applicable, u low reliability, c confidential, low rounds to zero; empty when a number is given.",
      ],
    ]),
  ),
  council_slugs:
    "Slugs of the council(s) the row covers (';'-joined; two for joint rows; empty for England and region rows).",
  joint:
    "true when the row covers two councils that report together (Kingston + Richmond; North + West Northamptonshire from 2021).",
};

/** data/inspections.csv columns. */
export const INSPECTION_COLUMN_DOCS: Record<string, string> = {
  id: "Unique id: slug, publication date and type.",
  council_slug: "Slug of the inspected council.",
  framework: "SIF (Single Inspection Framework, 2013-2018) or ILACS (Inspection of LA Children's Services, 2018 on).",
  type: "SIF, SIF re-inspection, ILACS standard, ILACS short or ILACS (type not recorded).",
  inspection_date: "Start of the on-site inspection (ISO); empty for SIF (the source gives publication dates only).",
  inspection_end_date: "End of the on-site inspection where known (unofficial rows only).",
  publication_date: "Date Ofsted published the report (ISO).",
  overall:
    "Overall effectiveness: Outstanding, Good, Requires improvement (Ofsted: 'Requires improvement to be good') or Inadequate.",
  ilacs_impact_of_leaders: "ILACS: the impact of leaders on social work practice with children and families.",
  ilacs_help_and_protection: "ILACS: the experiences and progress of children who need help and protection.",
  ilacs_children_in_care:
    "ILACS: the experiences and progress of children in care (before 2023: children in care and care leavers).",
  ilacs_care_leavers:
    "ILACS: the experiences and progress of care leavers (judged separately from 1 Jan 2023; blank before).",
  sif_help_and_protection: "SIF: children who need help and protection.",
  sif_looked_after_and_permanence: "SIF: children looked after and achieving permanence.",
  sif_adoption: "SIF sub-judgement: adoption performance (blank where not judged).",
  sif_care_leavers: "SIF sub-judgement: experiences and progress of care leavers (blank where not judged).",
  sif_leadership: "SIF: leadership, management and governance.",
  sif_lscb: "SIF: Local Safeguarding Children Board effectiveness (first SIF only).",
  report_url: "Link to the Ofsted report or provider page.",
  source: "official (Ofsted statistics) or unofficial (Data to Insight scrape, after 31 Mar 2025).",
  source_file: "Raw file the row came from (path under the raw folder).",
  note: "Caveat for this row, if any.",
};
