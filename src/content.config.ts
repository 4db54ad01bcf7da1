/**
 * Content collections: the articles (MDX, with live charts) and the public log of data updates and
 * corrections. Every field is validated at build time.
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

const articles = defineCollection({
  loader: glob({ pattern: "**/*.mdx", base: "./src/content/articles" }),
  schema: z.object({
    /** Headline. Required. */
    title: z.string().min(10),
    /** Standfirst: one or two sentences under the headline, also the meta description. */
    description: z.string().min(20),
    /** First published. */
    published: z.coerce.date(),
    /** Last substantive update (a correction or a data update). */
    updated: z.coerce.date().optional(),
    /** Slugs of the councils the article is about, linked from it and to it. */
    councils: z.array(z.string()).default([]),
    /** Ids of the news sources (data/sources.csv) the article reports on. */
    sources: z.array(z.string()).default([]),
    /** The number the social card shows, with what it is. */
    card: z.object({ value: z.string(), label: z.string() }).optional(),
  }),
});

const corrections = defineCollection({
  loader: glob({ pattern: "**/*.md", base: "./src/content/corrections" }),
  schema: z.object({
    /** What changed, as a headline. */
    title: z.string(),
    /** When it was published on the site. */
    date: z.coerce.date(),
    /** A data update (new release), a correction (something was wrong), or a note. */
    kind: z.enum(["data update", "correction", "note"]),
    /** Pages or tables affected. */
    affects: z.array(z.string()).default([]),
  }),
});

export const collections = { articles, corrections };
