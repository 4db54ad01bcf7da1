/**
 * What each kind of page puts on its social card. Each builder returns the card's text (CardInput), so it can be
 * tested without drawing; routes pass it to socialCard(). Articles use articleCard() from their own route.
 */
import { dp1 } from "../domain/format.ts";
import type { ChartSpec } from "../chart/types.ts";
import { allCouncils, getCouncil, type Council } from "../data/councils.ts";
import { englandSeries, latestFor, SYMBOLS } from "../data/workforce.ts";
import { getSource, type Testimony } from "../data/reported.ts";
import { socialCard, type CardInput } from "./card.ts";

/** Path of a council's card. */
export const councilCardPath = (slug: string): string => `/og/councils/${slug}.png`;
/** Path of a testimony's card. */
export const testimonyCardPath = (id: string): string => `/og/testimony/${id}.png`;
/** Path of an article's card (the route is the story engineer's: src/pages/og/articles/[slug].png.ts). */
export const articleCardPath = (slug: string): string => `/og/articles/${slug}.png`;
/** Path of the site card (Base.astro's default image). */
export const SITE_CARD = "/og/site.png";

const WORKFORCE_SOURCE = "Source: Department for Education, Children's social work workforce (OGL v3.0)";

/** Format a caseload like the site does: one decimal place. */

/** "Source: A; B" from a chart's sources. */
const sourceLine = (spec: Pick<ChartSpec, "sources">): string =>
  `Source: ${spec.sources.map((s) => s.name).join("; ")}`;

/** What a chart is about, for its kicker: the council's name, "England", or the scope in words. */
export function subjectOf(spec: Pick<ChartSpec, "scope">): string {
  if (spec.scope === "england") return "England";
  const council = getCouncil(spec.scope);
  if (council) return council.name;
  const words = spec.scope.replaceAll("-", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A chart's card: its headline number and label, its subject, title and source. */
export function chartCardInput(spec: ChartSpec): CardInput {
  return {
    kicker: subjectOf(spec),
    value: spec.headline?.value,
    label: spec.headline?.label,
    title: spec.title,
    source: sourceLine(spec),
  };
}

/** England's latest official caseload (year and value), or undefined if the table has none. */
function englandLatest(): { year: number; value: number } | undefined {
  const last = englandSeries("caseload_fte")
    .filter((p) => p.value !== null)
    .at(-1);
  return last && last.value !== null ? { year: last.year, value: last.value } : undefined;
}

/** A council's card: its latest official caseload beside England's. */
export function councilCardInput(council: Council): CardInput {
  const row = latestFor(council.slug);
  const value = row?.values["caseload_fte"] ?? null;
  const england = englandLatest();
  const kicker = council.status === "former" ? `${council.name} (former council)` : council.name;
  const title = `${council.name}: official caseloads, Ofsted grades and what social workers report`;
  if (!row) return { kicker, title, source: WORKFORCE_SOURCE, label: "No DfE workforce figures for this council" };
  const vsEngland = england && england.year === row.year ? ` (England ${dp1(england.value)})` : "";
  const joint = row.joint ? `, joint figure for ${row.laName}` : "";
  if (value === null) {
    const why = SYMBOLS[row.status["caseload_fte"] ?? ""] ?? "not published";
    return {
      kicker,
      title,
      source: WORKFORCE_SOURCE,
      label: `Average caseload per children's social worker, ${String(row.year)}: ${why}${joint}`,
    };
  }
  return {
    kicker,
    value: dp1(value),
    label: `Average caseload per children's social worker, ${String(row.year)}${joint}${vsEngland}`,
    title,
    source: WORKFORCE_SOURCE,
  };
}

/** Every council that gets a card: current and former (former councils keep their pages). */
export const cardCouncils = (): readonly Council[] => allCouncils();

/** A testimony's card: the caseload range the commenter gave ("38–45"), or else a short quote. */
export function testimonyCardInput(t: Testimony): CardInput {
  const council = t.councilSlug ? getCouncil(t.councilSlug)?.name : undefined;
  const source = getSource(t.sourceId);
  const where = source ? `${source.publication}, “${source.title}”` : "a published comment";
  const when = t.date ? `, ${t.date}` : "";
  const range =
    t.caseloadLow !== null && t.caseloadHigh !== null && t.caseloadHigh !== t.caseloadLow
      ? `${String(t.caseloadLow)}–${String(t.caseloadHigh)}`
      : (t.caseloadLow ?? t.caseloadHigh) !== null
        ? String(t.caseloadLow ?? t.caseloadHigh)
        : undefined;
  const quote = `“${t.quote.replace(/\s+/g, " ").trim()}”`;
  return range
    ? {
        kicker: council ? `Testimony · ${council}` : "Practitioner testimony",
        value: range,
        label: `cases, in ${t.name}'s own account`,
        title: quote,
        source: `Source: ${t.name}, comment on ${where}${when}`,
      }
    : {
        kicker: council ? `Testimony · ${council}` : "Practitioner testimony",
        value: quote,
        label: `${t.name}${t.role ? `, ${t.role}` : ""}`,
        title: "What practitioners say beside the official figures",
        source: `Source: comment on ${where}${when}`,
      };
}

/** The site card: England's latest official caseload and what the site does. */
export function siteCardInput(): CardInput {
  const england = englandLatest();
  return {
    kicker: "Children's social work in England",
    value: england ? dp1(england.value) : undefined,
    label: england
      ? `England's official average caseload per children's social worker, ${String(england.year)}`
      : undefined,
    title: "Official caseloads beside Ofsted grades, reported figures and testimony, council by council",
    source: WORKFORCE_SOURCE,
  };
}

/** What an article's card needs. */
export interface ArticleCardInput {
  /** The article's headline. */
  title: string;
  /** Section or subject above the number; default "Analysis". */
  kicker?: string;
  /** The article's key number, if it has one. */
  value?: string;
  /** What the number is. */
  label?: string;
  /** The source line, e.g. "Source: Department for Education, ..."; default the DfE workforce line. */
  source?: string;
}

/**
 * An article's card as a PNG, for the story engineer's route src/pages/og/articles/[slug].png.ts:
 *   export const GET: APIRoute = async ({ props }) => pngResponse(await articleCard({ title, value, label }));
 * (pngResponse is in ./raster.ts; the page passes articleCardPath(slug) to Base as `image`.)
 */
export function articleCard(input: ArticleCardInput): Promise<Buffer> {
  return socialCard({
    kicker: input.kicker ?? "Analysis",
    value: input.value,
    label: input.label,
    title: input.title,
    source: input.source ?? WORKFORCE_SOURCE,
  });
}
