import type { APIRoute } from "astro";
import { allCouncils, getCouncil } from "../../../lib/data/councils.ts";
import { councilFeed } from "../../../lib/feeds/council.ts";
import { correctionEntries, entryAnchor } from "../../corrections/_entries.ts";

export function getStaticPaths(): { params: { slug: string } }[] {
  return allCouncils().map((c) => ({ params: { slug: c.slug } }));
}

/** /councils/<slug>/feed.xml: the council's Atom feed (src/lib/feeds). */
export const GET: APIRoute = async ({ params, site }) => {
  const council = getCouncil(params["slug"] ?? "");
  if (!council) throw new Error(`no council ${params["slug"] ?? ""}`);
  const notes = (await correctionEntries()).map((e) => ({
    id: e.id,
    title: e.data.title,
    date: e.data.date.toISOString().slice(0, 10),
    kind: e.data.kind,
    affects: e.data.affects,
    summary:
      (e.body ?? "")
        .split(/\n\s*\n/)[0]
        ?.replace(/[*_]/g, "")
        .trim() ?? "",
    link: `/corrections/#${entryAnchor(e.id)}`,
  }));
  const body = councilFeed(council, notes, (site ?? new URL("https://caseloadcheck.org.uk")).href);
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
