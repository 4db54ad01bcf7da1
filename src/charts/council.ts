/** What every council chart shares: the measure the caseload charts draw and the page that holds them. */
import type { Council } from "../lib/data/councils.ts";
import type { Measure } from "../lib/data/workforce.ts";

/** DfE's average caseload per case-holding social worker (FTE). */
export const CASELOAD: Measure = "caseload_fte";

/** "/councils/walsall/". */
export const pagePath = (c: Council): string => `/councils/${c.slug}/`;
