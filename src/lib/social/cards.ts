/**
 * What each kind of page puts on its social card. Each builder returns the card's text (CardInput), so it can be
 * tested without drawing; routes pass it to socialCard(). Articles use articleCard() from their own route.
 */
import { dp1, longDate } from "../domain/format.ts";
import type { ChartSpec } from "../chart/types.ts";
import { allCouncils, getCouncil, type Council } from "../data/councils.ts";
import { englandSeries, latestFor, SYMBOLS } from "../data/workforce.ts";
import { getSource, getTestimony, type Testimony } from "../data/reported.ts";
import { latestInspection } from "../data/inspections.ts";
import { gradeColor } from "../domain/grades.ts";
import { renderSpec, svgHeight, WIDE } from "../chart/render.ts";
import { keyBlock, resolveColours } from "../chart/standalone.ts";
import { svgToPng } from "./raster.ts";
import { socialCard, type CardInput } from "./card.ts";
import { compareCouncil } from "../compare/data.ts";

/** Path of a council's card. */
export const councilCardPath = (slug: string): string => `/og/councils/${slug}.png`;
/** Path of a testimony's card. */
export const testimonyCardPath = (id: string): string => `/og/testimony/${id}.png`;
/** Path of an article's card (the route is the story engineer's: src/pages/og/articles/[slug].png.ts). */
export const articleCardPath = (slug: string): string => `/og/articles/${slug}.png`;
/** Path of a prerendered comparison's card (a council with its statistical neighbours, /compare/<slug>/). */
export const compareCardPath = (slug: string): string => `/og/compare/${slug}.png`;
/** Path of the site card (Base.astro's default image). */
export const SITE_CARD = "/og/site.png";

const WORKFORCE_SOURCE = "Source: Department for Education, Children's social work workforce (OGL v3.0)";

/** "Source: A; B" from a chart's sources. */
const sourceLine = (spec: Pick<ChartSpec, "sources">): string =>
  `Source: ${spec.sources.map((s) => s.name).join("; ")}`;

/** A testimony's kicker: "Testimony · East Sussex" (its id is not words, and its person is named in the card). */
function testimonyKicker(t: Testimony): string {
  const council = t.councilSlug ? getCouncil(t.councilSlug)?.name : undefined;
  return council ? `Testimony · ${council}` : "Practitioner testimony";
}

/** What a chart is about, for its kicker: the council's name, "England", a testimony, or the scope in words. */
export function subjectOf(spec: Pick<ChartSpec, "scope">): string {
  if (spec.scope === "england") return "England";
  const council = getCouncil(spec.scope);
  if (council) return council.name;
  const testimony = getTestimony(spec.scope);
  if (testimony) return testimonyKicker(testimony);
  const words = spec.scope.replaceAll("-", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The picture on a chart's card: its own drawing (the wide SVG, light colours) under its key, so lines are named. */
export function pictureSvg(spec: ChartSpec): { svg: string; height: number } {
  const inner = renderSpec(spec, WIDE, { label: spec.title });
  const key = keyBlock(spec.key ?? [], 0, WIDE);
  const height = key.height + svgHeight(inner);
  const body = inner.replace(/^<svg/, `<svg x="0" y="${String(key.height)}"`);
  const svg = resolveColours(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${String(WIDE)}" height="${String(height)}" fill="currentColor" font-family="'Source Sans 3', Arial, sans-serif">${key.svg}${body}</svg>`,
  );
  return { svg, height };
}

/** The card picture as a PNG data URL. */
export async function chartPicture(spec: ChartSpec): Promise<NonNullable<CardInput["image"]>> {
  const { svg, height } = pictureSvg(spec);
  const png = await svgToPng(svg, 2);
  return { src: `data:image/png;base64,${png.toString("base64")}`, width: WIDE, height };
}

/** A chart's card: its subject, its title once, and a small drawing of the chart (the headline kept as text). */
export function chartCardInput(spec: ChartSpec, image?: CardInput["image"]): CardInput {
  return {
    kicker: subjectOf(spec),
    value: spec.headline?.value,
    label: spec.headline?.label,
    title: spec.title,
    source: sourceLine(spec),
    image,
  };
}

/** England's latest official caseload (year and value), or undefined if the table has none. */
function englandLatest(): { year: number; value: number } | undefined {
  const last = englandSeries("caseload_fte")
    .filter((p) => p.value !== null)
    .at(-1);
  return last && last.value !== null ? { year: last.year, value: last.value } : undefined;
}

const ENGLAND_GREY = "#6b6b6b";

/** The council's latest Ofsted grade, as a card note with the grade's colour. */
function gradeNote(slug: string): CardInput["note"] {
  const last = latestInspection(slug);
  if (!last) return undefined;
  return {
    text: `Ofsted: ${last.overall} (${last.framework}, published ${longDate(last.publicationDate)})`,
    color: resolveColours(gradeColor(last.overall)),
  };
}

/** A council's card: its latest official caseload beside England's, as two bars on one scale, and its grade. */
export function councilCardInput(council: Council): CardInput {
  const row = latestFor(council.slug);
  const value = row?.values["caseload_fte"] ?? null;
  const england = englandLatest();
  const kicker = council.status === "former" ? `${council.name} (former council)` : council.name;
  const title = `${council.name}: official caseloads, Ofsted grades and what social workers report`;
  if (!row) return { kicker, title, source: WORKFORCE_SOURCE, label: "No DfE workforce figures for this council" };
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
  const figures = [
    {
      value: dp1(value),
      label: row.joint ? `Joint figure for ${row.laName}` : council.name,
      color: "#5b2a86",
      to: value,
    },
    ...(england && england.year === row.year
      ? [{ value: dp1(england.value), label: "England", color: ENGLAND_GREY, to: england.value }]
      : []),
  ];
  return {
    kicker,
    value: dp1(value),
    label: `Average caseload per children's social worker, 30 September ${String(row.year)}`,
    title,
    source: WORKFORCE_SOURCE,
    figures,
    scaleMax: Math.max(25, ...figures.map((f) => f.to)),
    note: gradeNote(council.slug),
  };
}

/** The compare chart's colours for the first to fourth council (svg.ts's classes s0-s3), as the light page has them. */
const SET_COLOURS = ["--color-council", "--color-region", "--color-link", "--color-ink-muted"].map((v) =>
  resolveColours(`var(${v})`),
);

/**
 * A comparison's card: each council's official caseload at England's latest count as a bar with its name, then
 * England's, on one scale. Like for like: the same 30 September count for all; a council without a figure that
 * year shows DfE's symbol and its reason (no bar), a joint return is named as one.
 */
export function compareCardInput(set: readonly Council[]): CardInput {
  const england = englandLatest();
  const year = england?.year ?? 0;
  const figures = set.map((c, i) => {
    const p = compareCouncil(c).series["caseload_fte"]?.find((q) => q[0] === year);
    const name = p?.[3] ? `${c.name} (one joint figure with ${p[3]})` : c.name;
    if (!p || p[1] === null)
      return {
        value: p?.[2].split(":")[0] ?? "–",
        label: `${name}: ${p ? (p[2].split(": ")[1] ?? "") : "no return"}`,
        color: "#f4f2ee",
        to: 0,
      };
    return { value: p[2], label: name, color: SET_COLOURS[i] ?? ENGLAND_GREY, to: p[1] };
  });
  // England lighter than the fourth council's grey (the page's muted ink), so the two bars differ.
  const all = england
    ? [...figures, { value: dp1(england.value), label: "England (all councils)", color: "#8f8f8f", to: england.value }]
    : figures;
  const [first, ...rest] = set;
  return {
    kicker: `${first?.name ?? ""} and its statistical neighbours`,
    label: `Average caseload per children's social worker, 30 September ${String(year)}`,
    title: `${first?.name ?? ""} compared with ${rest.map((c) => c.name).join(", ")}`,
    source: WORKFORCE_SOURCE,
    figures: all,
    scaleMax: Math.max(25, ...all.map((f) => f.to)),
    dense: true,
  };
}

/** Every council that gets a card: current and former (former councils keep their pages). */
export const cardCouncils = (): readonly Council[] => allCouncils();

/** A testimony's card: the caseload range the commenter gave ("38–45"), or else a short quote. */
export function testimonyCardInput(t: Testimony): CardInput {
  const source = getSource(t.sourceId);
  const where = source ? `${source.publication}, “${source.title}”` : "a published comment";
  const when = t.date ? `, ${longDate(t.date)}` : "";
  const range =
    t.caseloadLow !== null && t.caseloadHigh !== null && t.caseloadHigh !== t.caseloadLow
      ? `${String(t.caseloadLow)}–${String(t.caseloadHigh)}`
      : (t.caseloadLow ?? t.caseloadHigh) !== null
        ? String(t.caseloadLow ?? t.caseloadHigh)
        : undefined;
  const quote = `“${t.quote.replace(/\s+/g, " ").trim()}”`;
  return range
    ? {
        kicker: testimonyKicker(t),
        value: range,
        label: `cases, in ${t.name}'s own account`,
        title: quote,
        source: `Source: ${t.name}, comment on ${where}${when}`,
      }
    : {
        kicker: testimonyKicker(t),
        value: quote,
        label: `${t.name}${t.role ? `, ${t.role}` : ""}`,
        title: "What practitioners say beside the official figures",
        source: `Source: comment on ${where}${when}`,
      };
}

/** The practitioners' figures the site sets against the official average (from src/story, passed by the route). */
export interface PractitionerGap {
  /** How many practitioners state a caseload. */
  count: number;
  /** Lowest low and highest high of their ranges. */
  low: number;
  high: number;
  /** The years they wrote in, e.g. "2018". */
  years: string;
  /** England's average at the last count before they wrote, and that count's year (the like-for-like figure). */
  englandThen: number;
  countYear: number;
}

/** The site card: England's latest official average against the caseloads practitioners describe. */
export function siteCardInput(gap?: PractitionerGap): CardInput {
  const england = englandLatest();
  const title = "Official caseloads beside Ofsted grades, reported figures and testimony, council by council";
  if (!england) return { kicker: "Children's social work in England", title, source: WORKFORCE_SOURCE };
  const official = {
    value: dp1(england.value),
    label: `England's official average, 30 September ${String(england.year)} (cases per case-holding FTE)`,
    color: ENGLAND_GREY,
    to: england.value,
  };
  const described = gap
    ? [
        {
          value: gap.low === gap.high ? String(gap.low) : `${String(gap.low)}–${String(gap.high)}`,
          label: `The caseloads ${String(gap.count)} social workers described in comments under a news article in ${gap.years} (England's average then: ${dp1(gap.englandThen)}, 30 September ${String(gap.countYear)})`,
          color: "#c0392b",
          from: gap.low,
          to: gap.high,
        },
      ]
    : [];
  return {
    kicker: "Children's social work in England",
    value: official.value,
    label: "The official average caseload, and what social workers say",
    title,
    source: `${WORKFORCE_SOURCE}; practitioners' published comments`,
    figures: [official, ...described],
    scaleMax: Math.max(50, gap?.high ?? 0),
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
