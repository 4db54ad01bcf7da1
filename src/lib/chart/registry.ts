/**
 * The one list of every chart on the site. Embed pages, downloads, oEmbed documents and social cards are all
 * generated from it, so a chart added to a spec file gets all of them without another route.
 */
import { councilCharts } from "../../charts/specs/council.ts";
import { storyCharts } from "../../charts/specs/story.ts";
import { testimonyCharts } from "../../charts/specs/testimony.ts";
import { caseloadDistribution2021 } from "../../charts/caseload-distribution-2021/spec.ts";
import { caseloadScaleChart } from "../../charts/caseload-scale/spec.ts";
import type { ChartSpec } from "./types.ts";

let charts: ChartSpec[] | undefined;
let byKey: Map<string, ChartSpec> | undefined;

/** Every chart, built once per build. */
export function allCharts(): ChartSpec[] {
  if (!charts) {
    charts = [
      ...storyCharts(),
      ...councilCharts(),
      ...testimonyCharts(),
      caseloadDistribution2021(),
      caseloadScaleChart(),
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
