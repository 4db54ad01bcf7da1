/**
 * Columns and .meta.json of data/caseload_distribution_2021.csv (same format as the other tables' metas).
 */
import { OGL, sourcesFor, writeMeta } from "../meta.ts";

const DOCS: Record<string, string> = {
  time_period: "DfE reporting year: the position at 30 September 2021.",
  row_kind:
    "group (case-holding FTE in one band of cases per FTE), excluded (workers DfE left out of the groups, from the page's footnotes) or national average (England's 2021 figure).",
  cases_held_per_fte: "The band as DfE labels it (the derived band is labelled the same way); or what the row is.",
  cases_per_fte_from: "Lower end of the band, cases per FTE (inclusive).",
  cases_per_fte_to:
    "Upper end of the band, cases per FTE: below it, or up to and including it when to_inclusive is true.",
  to_inclusive:
    "true when cases_per_fte_to is included in the band (the derived 25 to 50 band: DfE excluded more than 50).",
  total_fte:
    "FTE social workers in the band (group), excluded (excluded rows), or all case holders (national average).",
  proportion: "Share of the counted case-holding FTE in the band, % (DfE's proportion; derived for the 25 to 50 band).",
  headcount: "Social workers (headcount), where DfE gives a headcount rather than FTE.",
  cases: "Cases held by the row's workers, where DfE states it.",
  caseload_fte: "England's average caseload at 30 September 2021 (national average row only).",
  derived: "true for the row computed here rather than published: say so wherever it is shown.",
  method: "Where the row comes from, or how it was derived.",
};

/** Column order of the table. */
export const DISTRIBUTION_COLUMNS = Object.keys(DOCS);

/** Write data/caseload_distribution_2021.meta.json. */
export function writeDistributionMeta(outDir: string, rowCount: number): void {
  writeMeta(outDir, "caseload_distribution_2021", {
    title: "How many cases each case-holding social worker held per FTE, England, 30 September 2021",
    publisher: "Department for Education (five bands and footnotes); Caseload Check (the derived 25 to 50 band)",
    description:
      "DfE's only published distribution of individual caseloads: case-holding FTE social workers grouped by cases held per FTE, with who was excluded and England's 2021 average.",
    release_date: "",
    sources: [
      {
        path: "context/dfe_caseload_groups_2021_preview.csv",
        repo: "explore-education-statistics.service.gov.uk (typed from the data-set page: CURATED)",
        upstream_path:
          "https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/c4243f4f-e4d2-4863-a1de-5543491fb96b",
        commit: "",
        publisher:
          "Department for Education, Children's social work workforce: attrition, caseload, and agency workforce, reporting year 2021 (ad hoc statistics), data set Caseload groups",
      },
      ...sourcesFor(["workforce/csww_indicators_2017_to_2025.csv"]),
    ],
    licences: [OGL],
    caveats: [
      "Cases per FTE, not per person: a 0.6 FTE worker holding 12 cases counts as 20 cases per FTE.",
      "One year only (30 September 2021), during the pandemic, as DfE's release says; England only, with no council breakdown.",
      "DfE published five bands (1 to under 25 cases per FTE). The 25 to 50 band is derived here (derived = true): its proportion is 100 less the five proportions, its FTE England's 2021 case-holding FTE less the FTE over 50 cases per FTE less the five bands. DfE's underlying file, which holds it, could not be obtained.",
      "Proportions are of the case-holding FTE DfE counted: those holding no cases, those with 0 FTE recorded and those holding more than 50 cases per FTE are excluded (see the excluded rows).",
      "Components may not sum to totals because of rounding (DfE's note).",
    ],
    row_count: rowCount,
    columns: DOCS,
  });
}
