import type { APIRoute } from "astro";
import { socialCard } from "../../lib/social/card.ts";
import { siteCardInput } from "../../lib/social/cards.ts";
import { pngResponse } from "../../lib/social/raster.ts";
import { practitionerRanges } from "../../story/findings.ts";

/** The practitioners' stated caseloads (src/story), for the site card's second bar. */
function practitionerGap(): Parameters<typeof siteCardInput>[0] {
  const ranges = practitionerRanges();
  const first = ranges.toSorted((a, b) => (a.testimony.date < b.testimony.date ? -1 : 1))[0];
  if (!first) return undefined;
  const years = [...new Set(ranges.map((r) => r.testimony.date.slice(0, 4)))].sort();
  return {
    count: ranges.length,
    low: Math.min(...ranges.map((r) => r.low)),
    high: Math.max(...ranges.map((r) => r.high)),
    years: years.length > 1 ? `${years[0] ?? ""}–${years.at(-1) ?? ""}` : (years[0] ?? ""),
    // England's figure at the count before the earliest comment, the one the home page compares them with.
    englandThen: first.england,
    countYear: first.countYear,
  };
}

/** The site's default social card (Base.astro's `image` default): the official average against practitioners'. */
export const GET: APIRoute = async () => pngResponse(await socialCard(siteCardInput(practitionerGap())));
