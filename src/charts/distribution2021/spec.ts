/**
 * The 2021 distribution of cases held per FTE (England), with the 2021 average and the caseloads practitioners
 * described drawn on it. The helpers here are shared with the home page's lead chart (caseload-scale).
 */
import type { Cell, ChartColumn, ChartSource, ChartSpec, KeyItem } from "../../lib/chart/types.ts";
import {
  distribution2021,
  practitionerFigures,
  shareAtOrAbove,
  type Distribution2021,
  type PractitionerFigure,
} from "../../lib/data/distribution.ts";
import { dp1, listJoin, longDate } from "../../lib/domain/format.ts";
import { count } from "../../story/statements.ts";
import { DFE_SOURCE, newsSources } from "../../lib/chart/sources.ts";
import { caseloadScale, type ScaleBand, type ScaleRange, type ScaleRule } from "./plot.ts";

/** DfE's 2021 "Caseload groups" data set. */
export const GROUPS_SOURCE: ChartSource = {
  name: "Department for Education, Children's social work workforce: attrition, caseload, and agency workforce 2021, Caseload groups",
  url: "https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/c4243f4f-e4d2-4863-a1de-5543491fb96b",
  licence: "ogl",
};

/** "about one in three" for a share in %. */
export const oneIn = (share: number): string => `about one in ${count(Math.round(100 / share))}`;
const band = (from: number, to: number, inclusive: boolean): string =>
  inclusive ? `${String(from)} to ${String(to)}` : `${String(from)} to under ${String(to)}`;
/** "Errin (2018): 38–45". */
export const figureLabel = (f: PractitionerFigure): string =>
  `${f.name} (${String(f.year)}): ${f.low === f.high ? String(f.low) : `${String(f.low)}–${String(f.high)}`}`;

/** The bands as drawn. */
export const scaleBands = (d: Distribution2021): ScaleBand[] =>
  d.groups.map((g) => ({
    from: g.from,
    to: g.to,
    share: g.proportion,
    derived: g.derived,
    title: `${band(g.from, g.to, g.toInclusive)} cases per FTE: ${dp1(g.proportion)}% of case holders (${g.fte.toLocaleString("en-GB")} FTE)${g.derived ? ", derived" : ""}`,
  }));

/** The practitioners' ranges as drawn. */
export const scaleRanges = (figures: readonly PractitionerFigure[]): ScaleRange[] =>
  figures.map((f) => ({
    low: f.low,
    high: f.high,
    label: figureLabel(f),
    title:
      f.quote === ""
        ? `${f.name}, ${longDate(f.date)}`
        : `${f.name}, reader comment of ${longDate(f.date)}: “${f.quote}”`,
  }));

/** The 2021 average as a rule. */
export const averageRule = (d: Distribution2021): ScaleRule => ({
  value: d.average.caseloadFte,
  label: `Average, 2021: ${dp1(d.average.caseloadFte)}`,
  title: `England's official average caseload at 30 September 2021: ${dp1(d.average.caseloadFte)}`,
  color: "var(--color-ink)",
  dashed: true,
});

/** Columns of the data table shared by both charts. */
export const SCALE_COLUMNS: readonly ChartColumn[] = [
  { key: "series", label: "What", format: "text" },
  { key: "from", label: "Cases per FTE from", format: "text" },
  { key: "to", label: "to", format: "text" },
  { key: "proportion", label: "Share of case holders (%)", format: "dp1" },
  { key: "total_fte", label: "FTE", format: "dp1" },
  { key: "derived", label: "Derived", format: "text" },
];

/** Table rows: each band, each rule, each practitioner's range. */
export function scaleRows(
  d: Distribution2021,
  rules: readonly ScaleRule[],
  figures: readonly PractitionerFigure[],
): Record<string, Cell>[] {
  return [
    ...d.groups.map((g) => ({
      series: `2021 band: ${band(g.from, g.to, g.toInclusive)}`,
      from: g.from,
      to: g.to,
      proportion: g.proportion,
      total_fte: g.fte,
      derived: g.derived ? "derived" : "published",
    })),
    ...rules.map((r) => ({
      series: r.title,
      from: r.value,
      to: r.value,
      proportion: null,
      total_fte: null,
      derived: "published",
    })),
    ...figures.map((f) => ({
      series: `${f.name}, reader comment, ${longDate(f.date)}`,
      from: f.low,
      to: f.high,
      proportion: null,
      total_fte: null,
      derived: "as described",
    })),
  ];
}

/** Notes every chart of the distribution carries. */
export function scaleNotes(d: Distribution2021, figures: readonly PractitionerFigure[]): string[] {
  const years = [...new Set(figures.map((f) => f.year))];
  return [
    "Cases per FTE, not per person: a 0.6 FTE worker holding 12 cases counts as 20. One count, 30 September 2021, during the pandemic; England only.",
    `The 25 to 50 band is derived, not published: DfE's data-set page shows only the five bands below 25, so its share is 100% less theirs and its FTE England's case-holding FTE less the rest. How its ${dp1(d.groups.at(-1)?.proportion ?? 0)}% spreads within 25 to 50 is not known, so it is drawn flat; bar area is the share.`,
    `DfE left out ${d.noCases.fte?.toLocaleString("en-GB") ?? "–"} FTE holding no cases, ${String(d.zeroFte.headcount ?? "–")} social workers with 0 FTE recorded (holding ${String(d.zeroFte.cases ?? "–")} cases) and ${dp1(d.over50.fte ?? 0)} FTE holding more than 50 cases per FTE (${d.over50.cases?.toLocaleString("en-GB") ?? "–"} cases).`,
    figures.length === 0
      ? "No practitioner in our sources states a caseload figure."
      : `The practitioners' figures are ${count(figures.length)} caseloads described in reader comments written in ${listJoin(years.map(String))}: each person's own account, per person rather than per FTE, unverified and not representative.`,
  ];
}

/** Where the practitioners' figures sit against the top band, counted. */
export function figuresSentence(figures: readonly PractitionerFigure[], topFrom: number): string {
  if (figures.length === 0) return "";
  const inTop = figures.filter((f) => f.low >= topFrom).length;
  const where = inTop === figures.length ? (figures.length === 1 ? "lies" : "all lie") : `${count(inTop)} of them lie`;
  return `The practitioners' figures drawn above, ${listJoin(figures.map(figureLabel))}, ${where} in the band from ${String(topFrom)} up.`;
}

/** The distribution's chart. */
export function caseloadDistribution2021(): ChartSpec {
  const d = distribution2021();
  const figures = practitionerFigures();
  const twenty = shareAtOrAbove(d, 20);
  const top = d.groups.at(-1);
  const rules = [averageRule(d)];
  const key: KeyItem[] = [
    { label: "Share of case holders, 2021", color: "var(--color-comparator)", shape: "bar" },
    { label: "Derived band", color: "var(--color-ink)", shape: "dash" },
    { label: "Practitioners' figures", color: "var(--color-testimony)", shape: "line" },
  ];
  return {
    chart: "caseload-distribution-2021",
    scope: "england",
    title: `When the average was ${dp1(d.average.caseloadFte)}, ${oneIn(twenty)} case holders held 20 or more cases per FTE`,
    subtitle:
      "Case-holding children's social workers (FTE) by cases held per FTE, England, 30 September 2021. Bar area: share of case holders.",
    description:
      `At 30 September 2021 England's official average was ${dp1(d.average.caseloadFte)} cases per case-holding FTE. ${d.groups.map((g) => `${dp1(g.proportion)}% held ${band(g.from, g.to, g.toInclusive)} cases per FTE${g.derived ? " (derived)" : ""}`).join("; ")}. So ${dp1(twenty)}% held 20 or more and ${dp1(top?.proportion ?? 0)}% held 25 or more. ${figuresSentence(figures, top?.from ?? 25)}`.trim(),
    notes: scaleNotes(d, figures),
    sources: [GROUPS_SOURCE, DFE_SOURCE, ...newsSources(figures.map((f) => f.sourceId))],
    columns: SCALE_COLUMNS,
    rows: scaleRows(d, rules, figures),
    plot: (width) =>
      caseloadScale(scaleBands(d), { width, xLabel: "Cases per FTE", xMax: 50, rules, ranges: scaleRanges(figures) }),
    key,
    page: "/check/",
    headline: { value: `${String(Math.round(twenty))}%`, label: "of case holders held 20 or more cases per FTE, 2021" },
  };
}
