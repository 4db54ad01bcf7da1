/** The sources chart specs cite, written once: every source line on the site names them the same way. */
import type { ChartSource } from "./types.ts";
import { getSource } from "../data/reported.ts";

/** DfE's workforce statistics, the source of every caseload and rate. */
export const DFE_SOURCE: ChartSource = {
  name: "Department for Education, Children's social work workforce 2025",
  url: "https://explore-education-statistics.service.gov.uk/find-statistics/children-s-social-work-workforce",
  licence: "ogl",
};

/** Ofsted's inspection outcomes (official statistics). */
export const OFSTED_SOURCE: ChartSource = {
  name: "Ofsted, Local authority children's services inspection outcomes",
  url: "https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england",
  licence: "ogl",
};

/** Grades published after Ofsted's latest statistics, as scraped by Data to Insight: unofficial. */
export const D2I_SOURCE: ChartSource = {
  name: "Data to Insight, Ofsted ILACS scrape (unofficial)",
  url: "https://github.com/data-to-insight/ofsted-ilacs-scrape-tool",
  licence: "ogl",
};

/** The news articles behind these source ids, as quoted sources (unknown ids are skipped), in first-seen order. */
export function newsSources(ids: Iterable<string>): ChartSource[] {
  return [...new Set(ids)].flatMap((id) => {
    const s = getSource(id);
    if (!s) return [];
    const url = s.url ?? s.locatedUrl;
    return [{ name: `${s.publication}, “${s.title}”`, ...(url ? { url } : {}), licence: "quoted" as const }];
  });
}
