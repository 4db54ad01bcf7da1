/** The embed code a journalist copies: an iframe that works alone, plus a listener script that sizes it. */
import type { ChartSpec } from "./chart/types.ts";
import { cardPath, embedPath, oembedPath } from "./chart/paths.ts";
import { DATA_RELEASE, SITE_NAME } from "./site.ts";
import type { EmbedHeights } from "./embedSize.ts";

/** Height of the iframe before (or without) the listener script when no measured height is given, in px. */
export const FALLBACK_HEIGHT = 640;

/** Embed colour themes: light unless the publisher asks (`?theme=auto` follows the reader's system). */
export type EmbedTheme = "light" | "auto" | "dark";

/** An embed inlines its data table up to this many rows; a longer one (every council) stays in the CSV. */
export const EMBED_TABLE_ROWS = 120;

/** The compact embed's one source line: publishers' names only (the full list and licences are in the disclosure). */
export const embedSourceLine = (spec: Pick<ChartSpec, "sources">): string =>
  `${spec.sources.length > 1 ? "Sources" : "Source"}: ${spec.sources.map((s) => s.name).join("; ")}.`;

/** The compact embed's last line (the links "Full chart" and "Corrections" are part of it). */
export const embedFooter = (): string => `${SITE_NAME}, data release ${DATA_RELEASE}. Full chart · Corrections`;

/** The host page's margin either side of the iframe assumed by the measured height, in px. */
export const HOST_MARGIN = 16;

/** Width the snippet's iframe is capped at (its max-width), in px: the oEmbed document's width. */
export const EMBED_MAX_WIDTH = 720;

/** The message an embed page posts to its parent. The listener checks this shape before resizing anything. */
export interface HeightMessage {
  /** Always "caseload-check:height". */
  type: "caseload-check:height";
  /** The embed's path, so the parent resizes only the iframe that shows it. */
  path: string;
  /** The document's height in CSS px. */
  height: number;
}

/** The CSS height that follows the iframe's width along the measured pieces. */
function fittedHeight(h: EmbedHeights): string {
  const width = `min(100vw - ${String(2 * HOST_MARGIN)}px, ${String(EMBED_MAX_WIDTH)}px)`;
  const [p, q] = h.pieces.map((x) => `calc(${String(x.a)}px + ${String(x.b)} * ${width})`) as [string, string];
  return `${h.upper ? "max" : "min"}(${p}, ${q})`;
}

/**
 * The HTML snippet: iframe with a title and a fallback height, then the async listener script. With measured
 * heights, the height attribute is the largest of them (for hosts that strip styles) and the style's height
 * follows the iframe's width (the host's viewport less its margins, up to the cap) along the measured line.
 */
export function embedSnippet(
  spec: Pick<ChartSpec, "chart" | "scope" | "title">,
  site: URL | string,
  options: { heights?: EmbedHeights; theme?: EmbedTheme; path?: string } = {},
): string {
  // An embed outside the chart registry (a comparison of councils) passes its own path.
  const url = new URL(options.path ?? embedPath(spec), site);
  if (options.theme && options.theme !== "light") url.searchParams.set("theme", options.theme);
  const script = new URL("/embed.js", site).toString();
  const title = spec.title.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
  const h = options.heights;
  const height = h ? Math.max(h.phone, h.desktop, h.widest) : FALLBACK_HEIGHT;
  const fit = h ? `;height:${fittedHeight(h)}` : "";
  return (
    `<iframe src="${url.toString()}" title="${title}" width="100%" height="${String(height)}" ` +
    `style="border:0;width:100%;max-width:${String(EMBED_MAX_WIDTH)}px${fit}" loading="lazy" data-caseload-check></iframe>` +
    `<script async src="${script}"></script>`
  );
}

/** An oEmbed 1.0 "rich" response (https://oembed.com/#section2.3). */
export interface OEmbedDocument {
  type: "rich";
  version: "1.0";
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

/** The oEmbed document of one chart: the embed snippet, its fallback size and the chart's social card. */
export function oembedDocument(
  spec: Pick<ChartSpec, "chart" | "scope" | "title">,
  site: URL | string,
  heights?: EmbedHeights,
): OEmbedDocument {
  return {
    type: "rich",
    version: "1.0",
    title: spec.title,
    provider_name: SITE_NAME,
    provider_url: new URL("/", site).toString(),
    html: embedSnippet(spec, site, heights ? { heights } : {}),
    width: EMBED_MAX_WIDTH,
    height: heights ? Math.max(heights.phone, heights.desktop, heights.widest) : FALLBACK_HEIGHT,
    thumbnail_url: new URL(cardPath(spec), site).toString(),
    thumbnail_width: 1200,
    thumbnail_height: 630,
    // A day: consumers re-fetch after a data release rather than keep an old title for ever.
    cache_age: 86400,
  };
}

/** Absolute URL of a chart's oEmbed document, for <link rel="alternate" type="application/json+oembed">. */
export const oembedUrl = (spec: Pick<ChartSpec, "chart" | "scope">, site: URL | string): string =>
  new URL(oembedPath(spec), site).toString();
