/**
 * Build-time: the compact embed of a prerendered comparison (a council with its three nearest statistical
 * neighbours): the caseload chart with its title, one source line, and its measured fallback height, so the embed
 * code works like a chart's (embedSnippet) though the comparison is not in the chart registry.
 */
import type { Council } from "../data/councils.ts";
import { D2I_SOURCE, DFE_SOURCE, OFSTED_SOURCE } from "../chart/sources.ts";
import type { ChartSource } from "../chart/types.ts";
import { embedSnippet, embedSourceLine } from "../embed.ts";
import { partsHeights } from "../embedSize.ts";
import { listJoin } from "../domain/format.ts";
import { compareCouncil } from "./data.ts";
import { COMPARE_MEASURES } from "./model.ts";
import { compareSvg } from "./svg.ts";
import { svgHeight } from "../chart/render.ts";

/** The compare chart's widest drawing, in px (max-width 34rem in compareChart.css), and its drawn width. */
const MAX_WIDTH = 544;
const VIEW_WIDTH = 400;

/** Path of a prerendered comparison's embed. */
export const compareEmbedPath = (slug: string): string => `/compare/${slug}/embed/`;

/** What the embed shows, its snippet and its sources. */
export interface CompareEmbed {
  title: string;
  subtitle: string;
  svg: string;
  sources: ChartSource[];
  source: string;
  snippet: string;
}

/** The embed of `set` (its first council's prerendered comparison), with the snippet for `site`. */
export function compareEmbed(set: readonly Council[], site: URL | string): CompareEmbed {
  const [first] = set;
  const slug = first?.slug ?? "";
  const measure = COMPARE_MEASURES[0];
  const title = `Average caseload: ${first?.name ?? ""} and its statistical neighbours`;
  const subtitle = `${listJoin(set.map((c) => c.name))}: cases per case-holding social worker (FTE) at 30 September, with Ofsted grades`;
  const svg = compareSvg(set.map(compareCouncil), measure?.key ?? "caseload_fte", title);
  const sources = [DFE_SOURCE, OFSTED_SOURCE, D2I_SOURCE];
  const source = embedSourceLine({ sources });
  const height = svgHeight(svg);
  const heights = partsHeights({
    title,
    subtitle,
    source,
    key: () => 0,
    drawing: (content) => (height * Math.min(content, MAX_WIDTH)) / VIEW_WIDTH,
  });
  const snippet = embedSnippet({ chart: "compare", scope: slug, title }, site, {
    heights,
    path: compareEmbedPath(slug),
  });
  return { title, subtitle, svg, sources, source, snippet };
}
