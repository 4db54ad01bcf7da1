/** Sources of the context measures, named once for the reality-check charts and the explainer. */
import type { ChartSource } from "../../lib/chart/types.ts";
import { DFE_SOURCE } from "../../lib/chart/sources.ts";

/** DfE's children in need statistics (children in need and on protection plans at 31 March). */
export const CIN_SOURCE: ChartSource = {
  name: "Department for Education, Characteristics of children in need 2025 (tables b1 and d5)",
  url: "https://explore-education-statistics.service.gov.uk/find-statistics/characteristics-of-children-in-need",
  licence: "ogl",
};

/** DfE's children looked after statistics, including the 3+ social workers measure. */
const CLA_SOURCE: ChartSource = {
  name: "Department for Education, Children looked after in England including adoptions 2025",
  url: "https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions",
  licence: "ogl",
};

/** Every source of council_context.csv and the 3+ social workers table. */
export const CONTEXT_SOURCES: readonly ChartSource[] = [DFE_SOURCE, CIN_SOURCE, CLA_SOURCE];

/** The pairing rule in one sentence, for chart notes (the full rule and its reason are on /about/ and the explainer). */
export const PAIRING_NOTE =
  "Children are counted at 31 March and the workforce at the census of 30 September of the same DfE reporting year, six months later; the ratios are a scale, not caseloads.";
