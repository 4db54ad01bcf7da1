/** An article's social card (articleCardPath): its headline and, if set, its key number (checked in tests). */
import type { APIRoute } from "astro";
import { getCollection, type CollectionEntry } from "astro:content";
import { articleCard } from "../../../lib/social/cards.ts";
import { pngResponse } from "../../../lib/social/raster.ts";
import { getCouncil } from "../../../lib/data/councils.ts";
import { getSource } from "../../../lib/data/reported.ts";

export async function getStaticPaths() {
  const articles = await getCollection("articles");
  return articles.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

export const GET: APIRoute<{ entry: CollectionEntry<"articles"> }> = async ({ props }) => {
  const { title, card, councils, sources } = props.entry.data;
  const names = councils.map((s) => getCouncil(s)?.name ?? s);
  const publications = [...new Set(sources.flatMap((id) => getSource(id)?.publication ?? []))];
  const source = ["Department for Education, Children's social work workforce (OGL v3.0)", ...publications].join("; ");
  return pngResponse(
    await articleCard({
      title,
      source: `Source: ${source}`,
      kicker: names.length > 0 ? `Analysis · ${names.join(", ")}` : "Analysis",
      ...(card ? { value: card.value, label: card.label } : {}),
    }),
  );
};
