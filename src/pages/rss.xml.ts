/** RSS feed of the articles, newest first (@astrojs/rss; `site` comes from astro.config.mjs). */
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { SITE_NAME } from "../lib/site.ts";

export const GET: APIRoute = async (context) => {
  const articles = (await getCollection("articles")).sort(
    (a, b) => b.data.published.getTime() - a.data.published.getTime(),
  );
  return rss({
    title: `${SITE_NAME}: articles`,
    description:
      "Reported caseload figures for children's social workers in England, checked against the official statistics.",
    site: context.site ?? "https://caseloadcheck.org.uk",
    items: articles.map((a) => ({
      title: a.data.title,
      description: a.data.description,
      pubDate: a.data.published,
      link: `/articles/${a.id}/`,
      categories: a.data.councils,
    })),
    customData: "<language>en-gb</language>",
  });
};
