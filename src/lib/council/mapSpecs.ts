/**
 * The two maps of /map/ (hex cartogram and ONS boundaries) as chart specs, and the small per-year data file the
 * map page's script recolours them from. Geography is read once per build.
 */
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { Feature, Geometry } from "geojson";
import { readJson } from "../data/load.ts";
import { currentCouncils, getCouncil, type Council } from "../data/councils.ts";
import { inspectionsFor, type Grade } from "../data/inspections.ts";
import { englandSeries, seriesFor } from "../data/workforce.ts";
import type { ChartSpec } from "../chart/types.ts";
import { choropleth, type MapArea } from "../../charts/council/map.ts";
import { GRADES, gradeLetter } from "./model.ts";
import { DFE_SOURCE, OFSTED_SOURCE } from "../../charts/specs/sources.ts";

type Props = { code: string; name: string };
type F = Feature<Geometry, Props>;

/** Caseload bins: lower bounds (the first is open below), with colour-blind-safe viridis colours, light to dark. */
export const BINS: readonly { min: number; label: string; color: string }[] = [
  { min: -Infinity, label: "under 12", color: "#fde725" },
  { min: 12, label: "12 to under 14", color: "#7ad151" },
  { min: 14, label: "14 to under 16", color: "#22a884" },
  { min: 16, label: "16 to under 18", color: "#2a788e" },
  { min: 18, label: "18 to under 20", color: "#414487" },
  { min: 20, label: "20 or more", color: "#440154" },
];
/** Fill of an area with no figure. */
export const NO_DATA = "var(--color-paper-alt)";

/** The bin colour of a caseload (NO_DATA for null). */
export function binColor(v: number | null): string {
  if (v === null) return NO_DATA;
  let color = NO_DATA;
  for (const b of BINS) if (v >= b.min) color = b.color;
  return color;
}

let features: { hex: F[]; boundaries: F[] } | undefined;
/** GeoJSON features of both maps. */
export function mapFeatures(): { hex: F[]; boundaries: F[] } {
  if (!features) {
    const read = (file: string): F[] => {
      const topo = readJson<Topology>(`geo/${file}`);
      const obj = topo.objects["councils"] as GeometryCollection<Props>;
      return (feature(topo, obj) as unknown as { features: F[] }).features;
    };
    features = { hex: read("hex-2023.topo.json"), boundaries: read("boundaries-2023.topo.json") };
  }
  return features;
}

/** The value shown for a council in a year: its own, or its single predecessor's before it existed. */
export function caseloadAt(c: Council, year: number): { value: number | null; note: string } {
  const own = seriesFor(c.slug, "caseload_fte").find((p) => p.year === year);
  if (own)
    return {
      value: own.value,
      note: own.value === null ? `no figure (${own.status || "not published"})` : own.joint ? "joint figure" : "",
    };
  const pred = c.predecessors.length === 1 ? getCouncil(c.predecessors[0] ?? "") : undefined;
  const p = pred ? seriesFor(pred.slug, "caseload_fte").find((x) => x.year === year) : undefined;
  if (pred && p && p.value !== null) return { value: p.value, note: `figure for ${pred.name}` };
  return { value: null, note: "no figure (council not yet created)" };
}

/** The council's grade as at 30 September of a year (latest inspection published by then). */
export function gradeAt(slug: string, year: number): { grade: Grade | null; unofficial: boolean } {
  const cut = `${String(year)}-09-30`;
  const hit = [...inspectionsFor(slug)].reverse().find((i) => i.publicationDate <= cut);
  return { grade: hit?.overall ?? null, unofficial: hit?.source === "unofficial" };
}

/** "Walsall: caseload 11.9 (2025), Ofsted Outstanding (unofficial)". */
export function areaLabel(c: Council, year: number): string {
  const v = caseloadAt(c, year);
  const g = gradeAt(c.slug, year);
  const cl =
    v.value === null
      ? `no caseload figure for ${String(year)}`
      : `caseload ${v.value.toFixed(1)} (${String(year)}${v.note ? `, ${v.note}` : ""})`;
  const gr = g.grade ? `Ofsted ${g.grade}${g.unofficial ? " (unofficial)" : ""}` : "no Ofsted grade yet";
  return `${c.name}: ${cl}, ${gr}`;
}

/** The map's latest year. */
export const mapYear = (): number => englandSeries("caseload_fte").at(-1)?.year ?? 2025;

/** Councils drawn on the maps (current, with a hex code). */
const drawnCouncils = (): Council[] => currentCouncils().filter((c) => c.hexCode !== null);

/** Per-year data for the client: slugs in a fixed order, caseloads and grade letters per year. */
export function mapData(): {
  years: number[];
  slugs: string[];
  names: string[];
  caseload: Record<string, (number | null)[]>;
  notes: Record<string, string[]>;
  grade: Record<string, string[]>;
  bins: { min: number | null; label: string; color: string }[];
  grades: { letter: string; grade: string; color: string }[];
  noData: string;
} {
  const councils = drawnCouncils();
  const years = englandSeries("caseload_fte").map((p) => p.year);
  const caseload: Record<string, (number | null)[]> = {};
  const notes: Record<string, string[]> = {};
  const grade: Record<string, string[]> = {};
  for (const y of years) {
    caseload[String(y)] = councils.map((c) => caseloadAt(c, y).value);
    notes[String(y)] = councils.map((c) => caseloadAt(c, y).note);
    grade[String(y)] = councils.map((c) => {
      const g = gradeAt(c.slug, y);
      return g.grade ? `${gradeLetter(g.grade)}${g.unofficial ? "*" : ""}` : "";
    });
  }
  return {
    years,
    slugs: councils.map((c) => c.slug),
    names: councils.map((c) => c.name),
    caseload,
    notes,
    grade,
    bins: BINS.map((b) => ({ min: Number.isFinite(b.min) ? b.min : null, label: b.label, color: b.color })),
    grades: GRADES.map((g) => ({ letter: g.letter, grade: g.grade, color: g.color })),
    noData: NO_DATA,
  };
}

const SOURCES = (kind: "hex" | "boundaries"): ChartSpec["sources"] => [
  DFE_SOURCE,
  OFSTED_SOURCE,
  kind === "hex"
    ? {
        name: "House of Commons Library, 2023 upper-tier local authority hex cartogram",
        url: "https://github.com/houseofcommonslibrary/uk-hex-cartograms-noncontiguous",
        licence: "parliament",
      }
    : {
        name: "Office for National Statistics, Counties and Unitary Authorities (December 2023) boundaries",
        licence: "ons",
      },
];

function mapSpec(kind: "hex" | "boundaries"): ChartSpec {
  const year = mapYear();
  const councils = drawnCouncils();
  const areas: MapArea[] = councils.map((c) => {
    const v = caseloadAt(c, year).value;
    return { code: c.hexCode ?? "", slug: c.slug, color: binColor(v), letter: "", label: areaLabel(c, year) };
  });
  const feats = mapFeatures()[kind];
  const withValue = councils
    .map((c) => ({ c, v: caseloadAt(c, year).value }))
    .filter((x): x is { c: Council; v: number } => x.v !== null);
  const sorted = [...withValue].sort((a, b) => b.v - a.v);
  const top = sorted[0];
  const bottom = sorted.at(-1);
  const counts = BINS.map(
    (b, i) => withValue.filter((x) => x.v >= b.min && x.v < (BINS[i + 1]?.min ?? Infinity)).length,
  );
  const eng = englandSeries("caseload_fte").at(-1)?.value;
  return {
    chart: kind === "hex" ? "map-hex" : "map-boundaries",
    scope: "england",
    title:
      kind === "hex"
        ? `Average caseload by council, ${String(year)}: hex map`
        : `Average caseload by council, ${String(year)}: boundary map`,
    subtitle:
      kind === "hex"
        ? "Each council is one hexagon of the same size, placed roughly where it is. Cases per social worker (FTE) at 30 September"
        : "Council boundaries (ONS, December 2023). Cases per social worker (FTE) at 30 September",
    description:
      top && bottom
        ? `In ${String(year)} the highest average caseload was ${top.c.name}'s, ${top.v.toFixed(1)}, and the lowest ${bottom.c.name}'s, ${bottom.v.toFixed(1)}; England's average was ${eng?.toFixed(1) ?? "not published"}. ` +
          BINS.map((b, i) => `${String(counts[i] ?? 0)} councils ${b.label}`).join(", ") +
          `; ${String(councils.length - withValue.length)} with no figure.`
        : "",
    notes: [
      "Each area links to its council's page.",
      "Kingston upon Thames and Richmond upon Thames share one joint figure, as do North and West Northamptonshire (from 2021).",
      ...(kind === "boundaries"
        ? ["Small councils are hard to see on the boundary map: the hex map gives every council the same area."]
        : []),
    ],
    sources: SOURCES(kind),
    columns: [
      { key: "council", label: "Council", format: "text" },
      { key: "code", label: "Area code", format: "text" },
      { key: "time_period", label: "Year", format: "text" },
      { key: "caseload_fte", label: "Average caseload", format: "dp1" },
      { key: "band", label: "Band", format: "text" },
      { key: "ofsted", label: "Ofsted grade", format: "text" },
    ],
    rows: councils.map((c) => {
      const v = caseloadAt(c, year).value;
      const g = gradeAt(c.slug, year);
      const bin = v === null ? "no figure" : ([...BINS].reverse().find((b) => v >= b.min)?.label ?? "");
      return {
        council: c.name,
        code: c.hexCode ?? "",
        time_period: year,
        caseload_fte: v,
        band: bin,
        ofsted: g.grade ? `${g.grade}${g.unofficial ? " (unofficial)" : ""}` : "",
      };
    }),
    plot: (width) => choropleth(feats, areas, { width, kind }),
    key: [
      ...BINS.map((b) => ({ label: b.label, color: b.color, shape: "bar" as const })),
      { label: "no figure", color: NO_DATA, shape: "bar" as const },
    ],
    page: "/map/",
    narrow: false,
    ...(eng !== undefined && eng !== null
      ? { headline: { value: eng.toFixed(1), label: `England's average caseload, ${String(year)}` } }
      : {}),
  };
}

/** Both maps. */
export const mapCharts = (): ChartSpec[] => [mapSpec("hex"), mapSpec("boundaries")];
