/**
 * The explainer's figures from DfE's 2021 caseload distribution, printed by <DistributionShare />: the share of
 * counted case-holding FTE in groups from `from` cases per FTE up, computed from data/caseload_distribution_2021.csv
 * at build time. The build stops when the article's `expect` differs from the data.
 */
import { distribution2021, shareAtOrAbove } from "../lib/data/distribution.ts";
import { pct } from "../lib/domain/format.ts";

/** The share (as "32.3%") of 2021 case holders at `from` or more cases per FTE; throws if it is not `expect`. */
export function distributionShare(from: number, expect: string): string {
  const text = pct(shareAtOrAbove(distribution2021(), from));
  if (text !== expect)
    throw new Error(
      `Article figure does not match the data: <DistributionShare from={${String(from)}} expect="${expect}" /> expects "${expect}" but the data gives "${text}"`,
    );
  return text;
}
