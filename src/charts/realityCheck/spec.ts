/**
 * Chart specs "reality-check/<council>" and "reality-check/england": the official caseload beside four measures of
 * what it leaves out, each strip on its own zero-based scale, with England, the region and the spread of councils.
 */
import type { Cell, ChartSpec, KeyItem } from "../../lib/chart/types.ts";
import { allCouncils } from "../../lib/data/councils.ts";
import { panelFor, type Panel, type PanelLine, type YearValue } from "./model.ts";
import { dp1 } from "../../lib/domain/format.ts";
import { realityStrips, type SpreadRow, type StripRow } from "./plot.ts";
import { CONTEXT_SOURCES, PAIRING_NOTE } from "./sources.ts";

/** Where the England chart lives. */
export const EXPLAINER_PATH = "/articles/what-the-average-caseload-hides/";

const KEY: readonly KeyItem[] = [
  { label: "Council", color: "var(--color-council)", shape: "dot" },
  { label: "Region", color: "var(--color-region)", shape: "line" },
  { label: "England", color: "var(--color-england)", shape: "line" },
  { label: "All councils: lowest to highest, and the middle half", color: "var(--color-rule)", shape: "bar" },
];

const text = (l: PanelLine, v: YearValue): string =>
  v.value === null ? `no figure (${v.status})` : l.measure.format(v.value);
const largest = (l: PanelLine): number =>
  Math.max(l.spread?.max ?? 0, l.council.value ?? 0, l.region.value ?? 0, l.england.value ?? 0) || 1;

/** The council's name, or the joint return's for the measures a joint return covers. */
const whoFor = (p: Panel, l: PanelLine): string =>
  p.row?.joint && l.measure.key !== "sw3" ? `${p.row.laName} (joint return)` : p.name;

function strips(p: Panel): { rows: StripRow[]; spread: SpreadRow[]; maxLabels: Record<string, string> } {
  const rows: StripRow[] = [];
  const spread: SpreadRow[] = [];
  const maxLabels: Record<string, string> = {};
  for (const l of p.lines) {
    const max = largest(l);
    const measure = l.measure.label;
    const at = (v: YearValue): number | null => (v.value === null ? null : v.value / max);
    maxLabels[measure] = l.measure.format(max);
    if (p.scope !== "england")
      rows.push({ measure, role: "council", name: whoFor(p, l), x: at(l.council), label: text(l, l.council) });
    if (p.regionName)
      rows.push({ measure, role: "region", name: p.regionName, x: at(l.region), label: text(l, l.region) });
    rows.push({ measure, role: "england", name: "England", x: at(l.england), label: text(l, l.england) });
    if (l.spread)
      spread.push({
        measure,
        min: l.spread.min / max,
        q1: l.spread.q1 / max,
        q3: l.spread.q3 / max,
        max: l.spread.max / max,
      });
  }
  return { rows, spread, maxLabels };
}

/** The text description: one sentence per measure. */
export function describePanel(p: Panel): string {
  const parts = p.lines.map((l) => {
    const who = p.scope === "england" ? "England" : whoFor(p, l);
    const own = p.scope === "england" ? l.england : l.council;
    const vs = [
      p.regionName && `${p.regionName} ${text(l, l.region)}`,
      p.scope !== "england" && `England ${text(l, l.england)}`,
    ]
      .filter(Boolean)
      .join(", ");
    const range = l.spread ? `councils ${l.measure.format(l.spread.min)} to ${l.measure.format(l.spread.max)}` : "";
    const label = l.measure.label.endsWith(`(${String(own.year)})`)
      ? l.measure.label
      : `${l.measure.label}, ${String(own.year)}`;
    return `${label}: ${who} ${text(l, own)}${vs ? ` (${vs}; ${range})` : range ? ` (${range})` : ""}.`;
  });
  return parts.join(" ");
}

function notes(p: Panel): string[] {
  const out = [
    ...p.lines.map((l) => `${l.measure.label}: ${l.measure.means}`),
    PAIRING_NOTE,
    "The grey spread leaves out councils with fewer than 20 case-holding FTE (such as the Isles of Scilly and the City of London), whose ratios swing with one person.",
  ];
  const r = p.row;
  if (r?.joint)
    out.push(
      `${r.laName} make one joint workforce return: the first four strips cover both councils, with their counts of children summed; the last is ${p.name}'s own.`,
    );
  if (r?.small)
    out.push(`${p.name} has fewer than 20 case-holding FTE: one person more or less moves its ratios visibly.`);
  for (const n of r?.notes ?? []) out.push(`${String(r?.year ?? "")}: ${n}.`);
  return out;
}

function tableRows(p: Panel): Record<string, string | number | null>[] {
  return p.lines.flatMap((l) => {
    const v = (area: string, x: YearValue): Record<string, string | number | null> => ({
      measure: l.measure.label,
      area,
      year: x.year,
      value: x.value,
      status: x.status,
    });
    const s = l.spread;
    const spreadRows = s
      ? [
          ["lowest council", s.min],
          ["lower quartile", s.q1],
          ["median council", s.median],
          ["upper quartile", s.q3],
          ["highest council", s.max],
        ].map(([area, value]) => ({
          measure: l.measure.label,
          area: String(area),
          year: l.england.year,
          value: Number(value),
          status: "",
        }))
      : [];
    return [
      ...(p.scope === "england" ? [] : [v(whoFor(p, l), l.council)]),
      ...(p.regionName ? [v(p.regionName, l.region)] : []),
      v("England", l.england),
      ...spreadRows,
    ];
  });
}

/** A table row's value as the description prints it: each measure its own way (a share with %, a ratio to 2 dp). */
function valueText(p: Panel, row: Readonly<Record<string, Cell>>): string {
  const format = p.lines.find((l) => l.measure.label === row["measure"])?.measure.format;
  return typeof row["value"] === "number" && format ? format(row["value"]) : "–";
}

function spec(p: Panel): ChartSpec {
  const s = strips(p);
  const cin = p.lines.find((l) => l.measure.key === "cin_per_case_holder_fte");
  const head = p.scope === "england" ? cin?.england : cin?.council;
  return {
    chart: "reality-check",
    scope: p.scope,
    title: `${p.scope === "england" ? "England" : p.name}: the official caseload beside what it leaves out, ${String(p.year)}`,
    subtitle:
      "Each strip runs from 0 to its highest value. Grey: councils, lowest to highest; darker, the middle half.",
    description: describePanel(p),
    notes: notes(p),
    sources: CONTEXT_SOURCES,
    columns: [
      { key: "measure", label: "Measure", format: "text" },
      { key: "area", label: "Area", format: "text" },
      { key: "year", label: "Year", format: "text" },
      { key: "value", label: "Value", cell: (row) => valueText(p, row) },
      { key: "status", label: "DfE symbol", format: "text" },
    ],
    rows: tableRows(p),
    plot: (width) =>
      realityStrips(s.rows, s.spread, { width, measures: p.lines.map((l) => l.measure.label), maxLabels: s.maxLabels }),
    key: p.scope === "england" ? KEY.slice(2) : p.regionName ? KEY : KEY.filter((k) => k.label !== "Region"),
    page: p.scope === "england" ? EXPLAINER_PATH : `/councils/${p.scope}/`,
    linkedOnly: p.scope !== "england",
    ...(head && head.value !== null
      ? {
          headline: {
            value: dp1(head.value),
            label: `children in need per case-holding social worker (FTE), ${String(head.year)}`,
          },
        }
      : {}),
  };
}

/** Every reality-check chart: England and each council with context rows. */
export function realityCheckCharts(): ChartSpec[] {
  return ["england", ...allCouncils().map((c) => c.slug)].flatMap((scope) => {
    const p = panelFor(scope);
    return p ? [spec(p)] : [];
  });
}
