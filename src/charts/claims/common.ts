/** What the articles' claim charts share: the articles that have them, and a reported figure as a drawn claim. */
import type { ReportedFigure } from "../../lib/data/reported.ts";
import { fractionalYear, type Claim } from "./plot.ts";
import { short } from "../storyText.ts";

/** Articles that carry a council's claims chart, and the page each lives on. */
export const ARTICLE_COUNCILS: Readonly<Record<string, string>> = {
  "east-sussex": "/articles/east-sussex-outstanding-unbearable-caseloads/",
  walsall: "/articles/walsall-caseloads-fell-and-rise-to-good/",
  surrey: "/articles/surrey-restructure-average-of-15/",
  warwickshire: "/articles/warwickshire-mid-20s-against-target-15/",
  cumbria: "/articles/cumbria-low-twenties/",
};

export function claimOf(f: ReportedFigure, format: (v: number) => string): Claim {
  const low = f.valueLow ?? 0;
  const high = f.valueHigh ?? low;
  return {
    x: fractionalYear(f.statedDate),
    low,
    high,
    label: low === high ? format(low) : `${format(low)}–${format(high)}`,
    title: `Reported, ${short(f.statedDate)} (${f.statedBy}): “${f.words}”, read as ${low === high ? format(low) : `${format(low)}–${format(high)}`}. Verdict: ${f.verdict}.`,
    color: "var(--color-reported)",
  };
}
