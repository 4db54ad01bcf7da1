/** A council's whole feed, from the typed readers: what /councils/<slug>/feed.xml serves. */
import type { Council } from "../data/councils.ts";
import { inspectionsFor } from "../data/inspections.ts";
import { workforceReleases } from "../data/workforceReleases.ts";
import { reportedFor, testimonyFor } from "../data/reported.ts";
import { SITE_NAME } from "../site.ts";
import { atomFeed } from "./atom.ts";
import {
  correctionEntries,
  inspectionEntries,
  releaseEntries,
  reportedEntries,
  testimonyEntries,
  type CorrectionNote,
  type DatedRelease,
} from "./entries.ts";

/** The council's feed address. */
export const feedPath = (slug: string): string => `/councils/${slug}/feed.xml`;

/**
 * The site's releases of the workforce series, oldest first, the last dated by the latest "data update" in the
 * corrections log that touches the workforce table (the day the site published it). The first is the baseline and
 * needs no date; a release between them would need one, and stops the feed when it has none.
 */
export function datedReleases(notes: readonly CorrectionNote[]): DatedRelease[] {
  const updates = notes.filter((n) => n.kind === "data update" && n.affects.includes("workforce"));
  const latest = updates
    .map((n) => n.date)
    .sort()
    .at(-1);
  if (latest === undefined) throw new Error("the corrections log has no data update for the workforce table");
  const all = workforceReleases();
  return all.map((r, i) => ({ ...r, name: `DfE workforce ${r.id} release`, date: i === all.length - 1 ? latest : "" }));
}

/** The Atom document of one council's feed. */
export function councilFeed(c: Council, notes: readonly CorrectionNote[], site: string): string {
  const page = `/councils/${c.slug}/`;
  const releases = datedReleases(notes);
  const entries = [
    ...releaseEntries(c.slug, page, releases),
    ...inspectionEntries(c.slug, page, inspectionsFor(c.slug)),
    ...correctionEntries(c.slug, notes),
    ...reportedEntries(c.slug, reportedFor(c.slug)),
    ...testimonyEntries(c.slug, testimonyFor(c.slug)),
  ];
  return atomFeed(
    {
      id: `tag:caseloadcheck.org.uk,2026:councils/${c.slug}`,
      title: `${SITE_NAME}: ${c.name}`,
      subtitle: `New inspections, data releases that change ${c.name}'s figures, corrections, reported figures and testimony.`,
      site,
      self: feedPath(c.slug),
      page,
      fallbackDate: releases.at(-1)?.date ?? "",
    },
    entries,
  );
}
