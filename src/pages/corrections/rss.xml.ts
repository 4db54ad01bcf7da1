import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { correctionEntries, entryAnchor } from "./_entries.ts";
import { SITE_NAME } from "../../lib/site.ts";

/** RSS feed of the corrections log: one item per data update, correction or note. */
export const GET: APIRoute = async ({ site }) => {
  const entries = await correctionEntries();
  const base = site ?? "https://caseloadcheck.org.uk";
  return rss({
    title: `${SITE_NAME}: data updates and corrections`,
    description: "Every data update and correction to Caseload Check.",
    site: base,
    items: entries.map((e) => ({
      title: `${e.data.kind === "correction" ? "Correction" : e.data.kind === "data update" ? "Data update" : "Note"}: ${e.data.title}`,
      pubDate: e.data.date,
      // Absolute, so the feed library leaves the fragment alone (it would add a slash after a relative one).
      link: new URL(`/corrections/#${entryAnchor(e.id)}`, base).href,
      description:
        (e.body ?? "")
          .split(/\n\s*\n/)[0]
          ?.replace(/[*_]/g, "")
          .trim() ?? "",
      categories: [e.data.kind, ...e.data.affects],
    })),
    customData: "<language>en-gb</language>",
    trailingSlash: true,
  });
};
