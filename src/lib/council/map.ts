/**
 * What the two maps of /map/ show, council by council and year by year: caseload bins and colours, the grade as at
 * each count, the label of each area, and the small per-year data file the map page's script recolours them from.
 * Geography is read once per build.
 */
import { dp1, listJoin } from "../domain/format.ts";
import { isSmallCouncil } from "../domain/small.ts";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { Feature, Geometry } from "geojson";
import { readJson } from "../data/load.ts";
import { currentCouncils, getCouncil, type Council } from "../data/councils.ts";
import { inspectionsFor, type Grade } from "../data/inspections.ts";
import { englandSeries, seriesFor } from "../data/workforce.ts";
import { COUNT_DAY } from "../domain/counts.ts";
import { GRADES, gradeLetter } from "../domain/grades.ts";

type Props = { code: string; name: string };

type F = Feature<Geometry, Props>;

/**
 * Caseload bins: lower bounds (the first is open below) and colour tokens (theme.css --color-bin-N): a sequential
 * scale whose strongest colour is on the highest caseloads, the story being about high ones, in light and dark.
 */
export const BINS: readonly { min: number; label: string; color: string }[] = [
  { min: -Infinity, label: "under 12", color: "var(--color-bin-1)" },
  { min: 12, label: "12 to under 14", color: "var(--color-bin-2)" },
  { min: 14, label: "14 to under 16", color: "var(--color-bin-3)" },
  { min: 16, label: "16 to under 18", color: "var(--color-bin-4)" },
  { min: 18, label: "18 to under 20", color: "var(--color-bin-5)" },
  { min: 20, label: "20 or more", color: "var(--color-bin-6)" },
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

/**
 * The value shown for a council in a year: its own, or, before it existed, its one predecessor's, labelled, when the
 * predecessor's whole area went to councils made from it alone (North Yorkshire; Cumbria's and Northamptonshire's
 * splits). Where areas were merged across old boundaries (Dorset County, part of which joined Bournemouth and Poole
 * to form Bournemouth, Christchurch and Poole) neither new council borrows an old figure: both say which councils
 * they were formed from.
 */
export function caseloadAt(c: Council, year: number): { value: number | null; note: string } {
  const own = seriesFor(c.slug, "caseload_fte").find((p) => p.year === year);
  if (own)
    return {
      value: own.value,
      note: own.value === null ? `no figure (${own.status || "not published"})` : own.joint ? "joint figure" : "",
    };
  const preds = c.predecessors.map((s) => getCouncil(s)).filter((x): x is Council => x !== undefined);
  const clean = (x: Council): boolean =>
    x.successors.every((s) => {
      const succ = getCouncil(s);
      return succ !== undefined && succ.predecessors.length === 1;
    });
  const pred = preds.length === 1 && preds[0] && clean(preds[0]) ? preds[0] : undefined;
  const p = pred ? seriesFor(pred.slug, "caseload_fte").find((x) => x.year === year) : undefined;
  if (pred && p && p.value !== null) return { value: p.value, note: `figure for ${pred.name}` };
  if (preds.length === 0) return { value: null, note: "no figure (council not yet created)" };
  return {
    value: null,
    note: `no figure (council not yet created; formed from ${listJoin(preds.map((x) => x.name))})`,
  };
}

/** One year's council returns with a figure, each joint return once (the map's band counts and extremes). */
export function returnsAt(year: number): { name: string; value: number; small: boolean }[] {
  const seen = new Map<string, { name: string; value: number; small: boolean }>();
  for (const c of drawnCouncils()) {
    const { value, note } = caseloadAt(c, year);
    if (value === null) continue;
    const point = seriesFor(c.slug, "caseload_fte").find((p) => p.year === year);
    // A joint return, or a predecessor's figure drawn on each council made from it, is one return.
    const key = point ? (point.joint ? point.la_name : c.slug) : note;
    const name = point?.joint ? point.la_name : point ? c.name : note.replace(/^figure for /, "");
    seen.set(key, { name, value, small: isSmallCouncil(c.slug, year) });
  }
  return [...seen.values()];
}

/** The council's grade as at 30 September of a year (latest inspection published by then). */
export function gradeAt(slug: string, year: number): { grade: Grade | null; unofficial: boolean } {
  const cut = `${String(year)}-${COUNT_DAY}`;
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
      : `caseload ${dp1(v.value)} (${String(year)}${v.note ? `, ${v.note}` : ""})`;
  const gr = g.grade ? `Ofsted ${g.grade}${g.unofficial ? " (unofficial)" : ""}` : "no Ofsted grade yet";
  return `${c.name}: ${cl}, ${gr}`;
}

/** The map's latest year: the latest of England's caseload series (no typed fallback: no series, no map). */
export function mapYear(): number {
  const year = englandSeries("caseload_fte").at(-1)?.year;
  if (year === undefined) throw new Error("data/workforce.csv: no England caseload series to date the map");
  return year;
}

/** Councils drawn on the maps (current, with a hex code). */
export const drawnCouncils = (): Council[] => currentCouncils().filter((c) => c.hexCode !== null);

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
