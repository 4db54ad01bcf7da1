/**
 * The one list of every chart on the site. Embed pages, downloads, oEmbed documents and social cards are all
 * generated from it, and pages draw their charts from it in its order (`chartsOnPage`), so a chart kind added
 * here gets all of them without another route or a kind string on a page.
 *
 * Order: the home page's charts, the articles' charts, every council's charts (in page order), the maps, then
 * the testimony and reported-figures pages' charts. A page's first chart is its lead (oEmbed discovery).
 */
import type { ChartSpec } from "../lib/chart/types.ts";
import { sharePath } from "../lib/chart/paths.ts";
import { oembedUrl } from "../lib/embed.ts";
import { allCouncils, type Council } from "../lib/data/councils.ts";
import { reportedFor } from "../lib/data/reported.ts";
import { allTestimony } from "../lib/data/reported.ts";
import { seriesYears } from "../lib/council/model.ts";
import { englandCaseload } from "./distribution/spec.ts";
import { caseloadByGrade } from "./distribution/byGrade.ts";
import { practitionersVsOfficial } from "./ladder/spec.ts";
import { ARTICLE_COUNCILS } from "./claims/common.ts";
import { caseloadClaims } from "./claims/spec.ts";
import { workforceClaims } from "./claims/workforce.ts";
import { trendEngland } from "./trend/spec.ts";
import { trendNeighbours } from "./trend/neighbours.ts";
import { trendSameGrade } from "./trend/sameGrade.ts";
import { rates } from "./rates/spec.ts";
import { ofsted } from "./ofsted/spec.ts";
import { reported } from "./reported/spec.ts";
import { mapCharts } from "./map/spec.ts";
import { testimonyChart } from "./lanes/spec.ts";
import { testimonyOverview } from "./lanes/overview.ts";
import { reportedCaseloadChart, reportedRatesChart } from "./lanes/reported.ts";
import { realityCheckCharts } from "./realityCheck/spec.ts";
import { realityTrendCharts } from "./realityTrend/spec.ts";
import { fteSplitCharts } from "./fteSplit/spec.ts";
import { caseloadDistribution2021 } from "./distribution2021/spec.ts";
import { caseloadScaleChart } from "./caseloadScale/spec.ts";

/** The home page's charts (the lead scale first), then each article's. */
function storyCharts(): ChartSpec[] {
  const article = Object.entries(ARTICLE_COUNCILS).flatMap(([slug, page]) => {
    const out = [caseloadClaims(slug, page)];
    if (reportedFor(slug).some((f) => f.measure === "agency_rate_fte" || f.measure === "vacancy_rate_fte"))
      out.push(workforceClaims(slug, page));
    return out;
  });
  return [caseloadScaleChart(), englandCaseload(), practitionersVsOfficial(), caseloadByGrade(), ...article];
}

/** The charts of one council, in page order (kinds with nothing to show are left out). */
function councilCharts(c: Council): ChartSpec[] {
  const ys = seriesYears();
  const years: [number, number] = [ys[0] ?? 2017, ys.at(-1) ?? 2025];
  return [
    trendEngland(c, years),
    trendNeighbours(c, years),
    trendSameGrade(c, years),
    rates(c, years),
    ofsted(c),
    reported(c),
  ].filter((s): s is ChartSpec => s !== null);
}

/** The testimony and reported-figures pages' charts. */
function testimonyCharts(): ChartSpec[] {
  const testimony = allTestimony();
  return [
    ...testimony.map(testimonyChart),
    testimonyOverview(testimony),
    reportedCaseloadChart(),
    reportedRatesChart(),
  ];
}

let charts: ChartSpec[] | undefined;
let byKey: Map<string, ChartSpec> | undefined;
let byPage: Map<string, ChartSpec[]> | undefined;

/** Every chart, built once per build. */
export function allCharts(): ChartSpec[] {
  if (!charts) {
    charts = [
      ...storyCharts(),
      ...allCouncils().flatMap(councilCharts),
      ...mapCharts(),
      ...testimonyCharts(),
      caseloadDistribution2021(),
      ...fteSplitCharts(),
      ...realityCheckCharts(),
      ...realityTrendCharts(),
    ];
    byKey = new Map();
    for (const spec of charts) {
      const key = `${spec.chart}/${spec.scope}`;
      if (byKey.has(key)) throw new Error(`two charts share the key ${key}`);
      byKey.set(key, spec);
    }
  }
  return charts;
}

/** One chart by kind and scope; throws if there is none (a page asking for a missing chart is a bug). */
export function getChart(chart: string, scope: string): ChartSpec {
  allCharts();
  const spec = byKey?.get(`${chart}/${scope}`);
  if (!spec) throw new Error(`no chart ${chart}/${scope}`);
  return spec;
}

/** getStaticPaths entries for routes that exist once per chart: params chart and scope, prop spec. */
export function chartRoutes(): { params: { chart: string; scope: string }; props: { spec: ChartSpec } }[] {
  return allCharts().map((spec) => ({ params: { chart: spec.chart, scope: spec.scope }, props: { spec } }));
}

/** "/councils/walsall" and "/councils/walsall/" are the same page. */
const normalise = (path: string): string => (path.endsWith("/") ? path : `${path}/`);

/**
 * The charts whose full page is `pathname`, in registry order (a page draws them in this order); a chart's own
 * share page (sharePath) holds just that chart.
 */
export function chartsOnPage(pathname: string): ChartSpec[] {
  if (!byPage) {
    byPage = new Map();
    for (const spec of allCharts()) {
      const page = normalise(spec.page.split("#")[0] ?? spec.page);
      if (!spec.linkedOnly) byPage.set(page, [...(byPage.get(page) ?? []), spec]);
      byPage.set(sharePath(spec), [spec]);
    }
  }
  return byPage.get(normalise(pathname)) ?? [];
}

/**
 * oEmbed discovery: the <link rel="alternate" type="application/json+oembed"> attributes for a page's lead chart.
 * One link: consumers take the first, so links for a page's other charts would be bytes nobody reads (each chart's
 * own share page and embed carry its link).
 */
export const oembedLink = (
  pathname: string,
  site: URL | string | undefined,
): { href: string; title: string } | undefined => {
  const lead = chartsOnPage(pathname)[0];
  return lead && { href: oembedUrl(lead, site ?? "https://caseloadcheck.org.uk"), title: lead.title };
};

/** The page's charts, in order; throws if it has fewer than `count` (a page missing a chart is a bug). */
export function pageCharts(pathname: string, count: number): ChartSpec[] {
  const specs = chartsOnPage(pathname);
  if (specs.length < count)
    throw new Error(`${pathname} has ${String(specs.length)} charts, expected ${String(count)}`);
  return specs;
}
