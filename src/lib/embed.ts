/** The embed code a journalist copies: an iframe that works alone, plus a listener script that sizes it. */
import type { ChartSpec } from "./chart/types.ts";
import { cardPath, embedPath, oembedPath } from "./chart/paths.ts";
import { SITE_NAME } from "./site.ts";

/** Height of the iframe before (or without) the listener script, in px: enough for title, chart and source. */
export const FALLBACK_HEIGHT = 640;

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

/** The HTML snippet: iframe with a title and fixed fallback height, then the async listener script. */
export function embedSnippet(spec: Pick<ChartSpec, "chart" | "scope" | "title">, site: URL | string): string {
  const src = new URL(embedPath(spec), site).toString();
  const script = new URL("/embed.js", site).toString();
  const title = spec.title.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
  return (
    `<iframe src="${src}" title="${title}" width="100%" height="${String(FALLBACK_HEIGHT)}" ` +
    `style="border:0;width:100%;max-width:${String(EMBED_MAX_WIDTH)}px" loading="lazy" data-caseload-check></iframe>` +
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
export function oembedDocument(spec: Pick<ChartSpec, "chart" | "scope" | "title">, site: URL | string): OEmbedDocument {
  return {
    type: "rich",
    version: "1.0",
    title: spec.title,
    provider_name: SITE_NAME,
    provider_url: new URL("/", site).toString(),
    html: embedSnippet(spec, site),
    width: EMBED_MAX_WIDTH,
    height: FALLBACK_HEIGHT,
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
