/** URLs of everything that belongs to one chart. Every link to a chart's parts is made here. */
import type { ChartSpec } from "./types.ts";

type Ref = Pick<ChartSpec, "chart" | "scope">;

/** The chart's embed page (no site furniture). */
export const embedPath = (s: Ref): string => `/embed/${s.chart}/${s.scope}/`;
/** The CSV of exactly the data drawn. */
export const csvPath = (s: Ref): string => `/downloads/${s.chart}/${s.scope}.csv`;
/** The standalone SVG, with title, source and licence drawn in. */
export const svgPath = (s: Ref): string => `/downloads/${s.chart}/${s.scope}.svg`;
/** The PNG rendering of the standalone SVG. */
export const pngPath = (s: Ref): string => `/downloads/${s.chart}/${s.scope}.png`;
/** The social card. */
export const cardPath = (s: Ref): string => `/og/charts/${s.chart}/${s.scope}.png`;
/** The oEmbed JSON document. */
export const oembedPath = (s: Ref): string => `/oembed/${s.chart}/${s.scope}.json`;
/** The element id of the chart's figure on its page. */
export const figureId = (s: Ref): string => `chart-${s.chart}-${s.scope}`;
/** The chart on the page that holds it, scrolled to the figure. */
export const permalink = (s: Pick<ChartSpec, "chart" | "scope" | "page">): string => `${s.page}#${figureId(s)}`;
/** The chart's own page: the URL to share, with the chart's social card. */
export const sharePath = (s: Ref): string => `/charts/${s.chart}/${s.scope}/`;
