/**
 * The entries of a council's feed, each built from one row of data: an inspection (official or unofficial), a
 * release of DfE's workforce series that changed the council's figures (from releaseDiff), a correction that
 * touches the council, a reported figure or a testimony about it. Ids are stable (tag URIs from the row's id) and
 * every date comes from the data, never from the build.
 */
import { escapeXml } from "../escape.ts";
import type { Inspection } from "../data/inspections.ts";
import type { ReleaseFigure } from "../data/workforceReleases.ts";
import type { ReportedFigure, Testimony } from "../data/reported.ts";
import { SYMBOLS } from "../data/workforce.ts";
import { longDate } from "../domain/format.ts";
import { formatMeasure, measureLabel } from "../domain/measures.ts";
import { releaseDiff, type FigureChange, type FigureValue } from "./diff.ts";

/** One feed entry. `date` is an ISO day; `html` is the entry's content as HTML (escaped when serialised). */
export interface FeedEntry {
  id: string;
  kind: "inspection" | "data release" | "correction" | "reported figure" | "testimony";
  date: string;
  title: string;
  link: string;
  html: string;
}

/** A release as the feed needs it: its figures, a name and the day the site published it. */
export interface DatedRelease {
  id: string;
  name: string;
  date: string;
  figures: readonly ReleaseFigure[];
}

/** A corrections-log entry as the feed needs it. */
export interface CorrectionNote {
  id: string;
  title: string;
  date: string;
  kind: string;
  affects: readonly string[];
  summary: string;
  link: string;
}

/** The tag URI authority of every id the feeds give (fixed: ids never change between builds). */
const TAG = "tag:caseloadcheck.org.uk,2026:";
const entryId = (slug: string, kind: string, id: string): string => `${TAG}councils/${slug}/${kind}/${id}`;

/** A figure as the site prints it: "17.2", "8.3%", or the DfE symbol with its meaning. */
function figureText(measure: string, v: FigureValue | null): string {
  if (v === null) return "withdrawn";
  if (v.value !== null) return formatMeasure(measure, v.value);
  return `${v.status} (${SYMBOLS[v.status] ?? "no figure"})`;
}

/** "Average caseload, 2017: 18.9 → 17.2" (the count at 30 September of that year). */
function changeText(c: FigureChange): string {
  const what = `${measureLabel(c.measure)}, ${String(c.year)}`;
  if (c.from === null) return `${what}: ${figureText(c.measure, c.to)} (new)`;
  const [from, to] = [figureText(c.measure, c.from), figureText(c.measure, c.to)];
  // A revision smaller than the printed precision (92.5 -> 93.4 FTE both print 93) is given as published.
  if (from === to) return `${what}: ${String(c.from.value)} → ${String(c.to?.value)}`;
  return `${what}: ${from} → ${to}`;
}

const diffs = new WeakMap<readonly ReleaseFigure[], Map<string, FigureChange[]>>();
function changesFor(before: DatedRelease, after: DatedRelease, slug: string): FigureChange[] {
  let d = diffs.get(after.figures);
  if (!d) {
    d = releaseDiff(before.figures, after.figures);
    diffs.set(after.figures, d);
  }
  return d.get(slug) ?? [];
}

function releaseTitle(r: DatedRelease, changes: readonly FigureChange[]): string {
  const [only] = changes;
  if (changes.length === 1 && only) return `${r.name}: ${changeText(only)}`;
  const revised = changes.filter((c) => c.from !== null && c.to !== null).length;
  const added = changes.filter((c) => c.from === null).length;
  const dropped = changes.length - revised - added;
  const parts = [
    revised > 0 ? `${String(revised)} figures revised` : "",
    added > 0 ? `${String(added)} new` : "",
    dropped > 0 ? `${String(dropped)} no longer published` : "",
  ];
  return `${r.name}: ${parts.filter(Boolean).join(", ")}`;
}

/** One entry per release (after the first, which is the baseline) that changed this council's figures. */
export function releaseEntries(slug: string, page: string, releases: readonly DatedRelease[]): FeedEntry[] {
  return releases.slice(1).flatMap((r, i) => {
    const before = releases[i];
    const changes = before ? changesFor(before, r, slug) : [];
    if (changes.length === 0) return [];
    const joint = changes.some((c) => c.joint) ? "<p>These figures are DfE's joint return for two councils.</p>" : "";
    const items = [...changes.filter((c) => c.from !== null), ...changes.filter((c) => c.from === null)]
      .map((c) => `<li>${escapeXml(changeText(c))}</li>`)
      .join("");
    return [
      {
        id: entryId(slug, "release", r.id),
        kind: "data release",
        date: r.date,
        title: releaseTitle(r, changes),
        link: page,
        html: `<p>What ${escapeXml(r.name)} changed (counts at 30 September; revised figures from → to, then new ones):</p>${joint}<ul>${items}</ul>`,
      } satisfies FeedEntry,
    ];
  });
}

/** One entry per inspection, official or unofficial, marked as such. */
export const inspectionEntries = (slug: string, page: string, list: readonly Inspection[]): FeedEntry[] =>
  list.map((i) => {
    const mark = i.source === "unofficial" ? "unofficial" : "official";
    const why =
      i.source === "unofficial"
        ? "Unofficial: the grade is Data to Insight's scrape of Ofsted's report; Ofsted's own statistics do not hold it yet."
        : "Official: the grade is from Ofsted's published statistics.";
    return {
      id: entryId(slug, "inspection", i.id),
      kind: "inspection",
      date: i.publicationDate,
      title: `Ofsted ${i.type} inspection: ${i.overall} (${mark})`,
      link: i.reportUrl || page,
      html: `<p>${escapeXml(`${i.type} inspection published ${longDate(i.publicationDate)}, overall grade ${i.overall}.`)}</p><p>${escapeXml(why)}</p>`,
    };
  });

/** Corrections whose `affects` names this council, or every council page (data updates are the release entries). */
export const correctionEntries = (slug: string, notes: readonly CorrectionNote[]): FeedEntry[] =>
  notes
    .filter((n) => n.affects.includes(slug) || (n.affects.includes("every council page") && n.kind !== "data update"))
    .map((n) => ({
      id: entryId(slug, "correction", n.id),
      kind: "correction",
      date: n.date,
      title: `${n.kind === "correction" ? "Correction" : "Note"}: ${n.title}`,
      link: n.link,
      html: `<p>${escapeXml(n.summary)}</p>`,
    }));

/** One entry per figure reported about the council, with the check against the official count. */
export const reportedEntries = (slug: string, list: readonly ReportedFigure[]): FeedEntry[] =>
  list.map((f) => ({
    id: entryId(slug, "reported", f.id),
    kind: "reported figure",
    date: f.statedDate,
    title: `Reported figure (${f.statedBy}): ${f.verdict}`,
    link: `/reported/#${f.id}`,
    html: `<p><q>${escapeXml(f.words)}</q> (${escapeXml(f.statedBy)}, ${escapeXml(longDate(f.statedDate))}). Checked against the official figures: ${escapeXml(f.verdict)}.</p>`,
  }));

const caseloads = (t: Testimony): string =>
  t.caseloadLow === null
    ? ", no figure stated"
    : t.caseloadHigh === null || t.caseloadHigh === t.caseloadLow
      ? `, caseload ${String(t.caseloadLow)}`
      : `, caseloads ${String(t.caseloadLow)} to ${String(t.caseloadHigh)}`;

/** One entry per testimony about the council. */
export const testimonyEntries = (slug: string, list: readonly Testimony[]): FeedEntry[] =>
  list.map((t) => ({
    id: entryId(slug, "testimony", t.id),
    kind: "testimony",
    date: t.date,
    title: `Testimony: ${t.name}${caseloads(t)}`,
    link: `/testimony/${t.id}/`,
    html: `<p><q>${escapeXml(t.quote)}</q> (${escapeXml(t.name)}, ${escapeXml(longDate(t.date))}; ${t.kind === "opinion" ? "opinion" : "first-hand account"})</p>`,
  }));
