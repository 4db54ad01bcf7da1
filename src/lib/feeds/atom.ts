/**
 * A council's feed as Atom 1.0 (RFC 4287): newest entry first, ids and dates from the data, so two builds of the
 * same data write the same bytes.
 */
import { SITE_NAME } from "../site.ts";
import type { FeedEntry } from "./entries.ts";
import { escapeXml } from "../escape.ts";

/** The feed's own fields. `site` is the absolute origin; entry links may be site-relative. */
export interface FeedHead {
  id: string;
  title: string;
  subtitle: string;
  site: string;
  self: string;
  page: string;
  /** The day the feed was last changed when it has no entries (the current data release). */
  fallbackDate: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** An ISO day as an Atom date (midnight UTC); anything else is a bug in the data and stops the build. */
function atomDate(day: string, where: string): string {
  if (!ISO_DAY.test(day)) throw new Error(`${where}: "${day}" is not an ISO day (YYYY-MM-DD)`);
  return `${day}T00:00:00Z`;
}

/** Entries newest first; ties by id, so the order never depends on input order. */
const byNewest = (entries: readonly FeedEntry[]): FeedEntry[] =>
  [...entries].sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? 1 : -1));

function entryXml(e: FeedEntry, site: string): string {
  const date = atomDate(e.date, e.id);
  return [
    "<entry>",
    `<id>${escapeXml(e.id)}</id>`,
    `<title>${escapeXml(e.title)}</title>`,
    `<updated>${date}</updated>`,
    `<published>${date}</published>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(new URL(e.link, site).href)}"/>`,
    `<category term="${escapeXml(e.kind)}"/>`,
    `<content type="html">${escapeXml(e.html)}</content>`,
    "</entry>",
  ].join("");
}

/** The whole feed document. */
export function atomFeed(head: FeedHead, entries: readonly FeedEntry[]): string {
  const sorted = byNewest(entries);
  const updated = atomDate(sorted[0]?.date ?? head.fallbackDate, head.id);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `<id>${escapeXml(head.id)}</id>`,
    `<title>${escapeXml(head.title)}</title>`,
    `<subtitle>${escapeXml(head.subtitle)}</subtitle>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(new URL(head.self, head.site).href)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(new URL(head.page, head.site).href)}"/>`,
    `<updated>${updated}</updated>`,
    `<author><name>${escapeXml(SITE_NAME)}</name></author>`,
    ...sorted.map((e) => entryXml(e, head.site)),
    "</feed>",
    "",
  ].join("\n");
}
