/** The corrections log, newest first: one place for the page and the RSS feed. */
import { getCollection, type CollectionEntry } from "astro:content";

/** Every entry of the corrections collection, newest first (ties: corrections before data updates, then by id). */
export async function correctionEntries(): Promise<CollectionEntry<"corrections">[]> {
  const entries = await getCollection("corrections");
  return entries.sort(
    (a, b) =>
      b.data.date.getTime() - a.data.date.getTime() ||
      a.data.kind.localeCompare(b.data.kind) ||
      a.id.localeCompare(b.id),
  );
}

/** Anchor of an entry on /corrections/. */
export const entryAnchor = (id: string): string => `entry-${id.replaceAll("/", "-")}`;
