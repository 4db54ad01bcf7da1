/** The embed code a journalist copies: an iframe that works alone, plus a listener script that sizes it. */
import type { ChartSpec } from "./chart/types.ts";
import { embedPath } from "./chart/paths.ts";

/** Height of the iframe before (or without) the listener script, in px: enough for title, chart and source. */
export const FALLBACK_HEIGHT = 640;

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
    `style="border:0;width:100%;max-width:720px" loading="lazy" data-caseload-check></iframe>` +
    `<script async src="${script}"></script>`
  );
}
