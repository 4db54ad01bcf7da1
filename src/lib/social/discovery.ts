/**
 * oEmbed discovery for full pages: every page that holds a chart (spec.page) advertises each of its charts'
 * oEmbed documents, the page's lead chart (registry order) first, since consumers take the first link; a chart's
 * own share page (sharePath) advertises just that chart.
 */
import { allCharts } from "../chart/registry.ts";
import type { ChartSpec } from "../chart/types.ts";
import { sharePath } from "../chart/paths.ts";
import { oembedUrl } from "../embed.ts";

let byPage: Map<string, ChartSpec[]> | undefined;

/** "/councils/walsall" and "/councils/walsall/" are the same page. */
const normalise = (path: string): string => (path.endsWith("/") ? path : `${path}/`);

/** The charts whose full page is `pathname`, in registry order. */
export function chartsOnPage(pathname: string): ChartSpec[] {
  if (!byPage) {
    byPage = new Map();
    for (const spec of allCharts()) {
      const page = normalise(spec.page.split("#")[0] ?? spec.page);
      byPage.set(page, [...(byPage.get(page) ?? []), spec]);
      byPage.set(sharePath(spec), [spec]);
    }
  }
  return byPage.get(normalise(pathname)) ?? [];
}

/** The <link rel="alternate" type="application/json+oembed"> attributes for a page's charts. */
export const oembedLinks = (pathname: string, site: URL | string | undefined): { href: string; title: string }[] =>
  chartsOnPage(pathname).map((spec) => ({
    href: oembedUrl(spec, site ?? "https://caseloadcheck.org.uk"),
    title: spec.title,
  }));
