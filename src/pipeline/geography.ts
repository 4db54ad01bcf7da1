/**
 * Geography step: the HoC Library 2023 hex cartogram (planar units, never reprojected) and ONS Dec 2023
 * county/unitary boundaries, England only, as small simplified TopoJSON with code/name properties.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { topology } from "topojson-server";
import { presimplify, simplify, quantile } from "topojson-simplify";
import { quantize } from "topojson-client";
import type { Topology } from "topojson-specification";
import { PipelineError } from "./lib/errors.ts";
import { byText, readText } from "./lib/csv.ts";

/** Raw paths this step reads. */
export const GEO_FILES = {
  hex: "geography/LocalAuthorities-uppertier-2023__UTLA-2023.planar.geojson",
  groups: "geography/LocalAuthorities-uppertier-2023__Group-2023.planar.geojson",
  ons: "geography/Counties_and_Unitary_Authorities_December_2023_Boundaries_UK_BSC_4952317392296043005.geo.json",
} as const;

interface Feature {
  type: "Feature";
  id?: string;
  properties: Record<string, unknown>;
  geometry: unknown;
}
interface Collection {
  type: "FeatureCollection";
  features: Feature[];
}

const NOT_ENGLAND = new Set(["Scotland", "Wales", "Northern Ireland"]);

/** Largest GeoJSON read (bytes): the biggest input is 3.4 MB. */
const MAX_GEOJSON_BYTES = 64 * 1024 * 1024;

function readGeo(rawDir: string, rel: string): Collection {
  const text = readText(join(rawDir, rel), rel, MAX_GEOJSON_BYTES);
  if (text.trim() === "") throw new PipelineError(rel, null, null, "file is empty");
  let g: unknown;
  try {
    g = JSON.parse(text);
  } catch (e) {
    const why = (e as Error).message.slice(0, 120);
    throw new PipelineError(rel, null, null, `not valid JSON (truncated or damaged file?): ${why}`);
  }
  const c = g as Partial<Collection> | null;
  if (c === null || typeof c !== "object" || c.type !== "FeatureCollection" || !Array.isArray(c.features))
    throw new PipelineError(rel, null, null, "not a GeoJSON FeatureCollection");
  return c as Collection;
}

/** A box coordinates must fall in: [minX, minY, maxX, maxY]. */
type Box = readonly [number, number, number, number];
/** England in longitude/latitude (the ONS file), with a margin. */
const ENGLAND_LON_LAT: Box = [-6.5, 49.8, 2.0, 56.0];
/** The Library cartogram's planar units (hexes and groups lie within 0-100). */
const HEX_PLANE: Box = [0, 0, 100, 100];

/** Signed area of a ring (shoelace). */
const ringArea = (ring: readonly (readonly number[])[]): number =>
  ring.reduce((a, p, i) => {
    const q = ring[(i + 1) % ring.length] ?? p;
    return a + (p[0] ?? 0) * (q[1] ?? 0) - (q[0] ?? 0) * (p[1] ?? 0);
  }, 0) / 2;

/**
 * A feature's geometry must be a Polygon or MultiPolygon of finite numbers inside the box, with non-zero area:
 * one point moved to 1e308 would otherwise collapse every council to zero area when quantised.
 */
function checkGeometry(f: Feature, file: string, name: string, box: Box): void {
  const fail = (why: string): never => {
    throw new PipelineError(file, null, "geometry", `feature "${name}": ${why}`);
  };
  const g = f.geometry as { type?: unknown; coordinates?: unknown } | null;
  if (g === null || typeof g !== "object") return fail("geometry is null");
  if (g.type !== "Polygon" && g.type !== "MultiPolygon")
    return fail(`geometry type ${String(g.type)} is not a polygon`);
  const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  if (!Array.isArray(polys)) return fail("coordinates are missing");
  let area = 0;
  for (const poly of polys as unknown[]) {
    if (!Array.isArray(poly)) return fail("coordinates are not nested arrays");
    for (const ring of poly as unknown[]) {
      if (!Array.isArray(ring) || ring.length < 4) return fail("a ring has fewer than 4 points");
      for (const pt of ring as unknown[]) {
        const [x, y] = Array.isArray(pt) ? (pt as unknown[]) : [];
        if (typeof x !== "number" || typeof y !== "number" || !Number.isFinite(x) || !Number.isFinite(y))
          return fail(`coordinate ${JSON.stringify(pt).slice(0, 40)} is not a pair of finite numbers`);
        if (x < box[0] || y < box[1] || x > box[2] || y > box[3])
          return fail(`coordinate [${String(x)}, ${String(y)}] is outside the expected box [${box.join(", ")}]`);
      }
      area += Math.abs(ringArea(ring as number[][]));
    }
  }
  if (!(area > 0)) fail("geometry has zero area");
}

const prop = (f: Feature, k: string, file: string): string => {
  const v = f.properties[k];
  if (typeof v !== "string" || v === "") throw new PipelineError(file, null, k, "feature property is missing");
  return v.trim();
};

/**
 * Build, simplify and quantise a topology. Quantising first (1e5) merges near-duplicate points, as
 * geo2topo -q does; topojson-simplify's quantile(p) is the weight above which a share p of points lie,
 * so `keep` is the share of points kept.
 */
function compact(objects: Record<string, Collection>, keep: number, q: number): Topology {
  const topo = presimplify(topology(objects as never, 1e5) as never);
  return quantize(simplify(topo, quantile(topo, keep)), q);
}

/** Result of the geography step: codes drawn on each map, plus row accounting. */
export interface GeoResult {
  hexCodes: string[];
  boundaryCodes: string[];
  /** Each feature's own name by code, to check against the council a code is joined to. */
  names: { hex: Map<string, string>; boundaries: Map<string, string> };
  log: string[];
}

/** Run the geography step and write data/geo/*.topo.json. */
export function runGeography(rawDir: string, outDir: string): GeoResult {
  // Load inputs.
  const hex = readGeo(rawDir, GEO_FILES.hex);
  const groups = readGeo(rawDir, GEO_FILES.groups);
  const ons = readGeo(rawDir, GEO_FILES.ons);

  // Process data.
  const hexEng = hex.features.filter((f) => prop(f, "cua-code", GEO_FILES.hex).startsWith("E"));
  const hexOut: Collection = {
    type: "FeatureCollection",
    features: hexEng
      .map((f) => {
        const code = prop(f, "cua-code", GEO_FILES.hex);
        checkGeometry(f, GEO_FILES.hex, code, HEX_PLANE);
        return {
          type: "Feature" as const,
          id: code,
          properties: { code, name: prop(f, "cua-name", GEO_FILES.hex), group: prop(f, "Group", GEO_FILES.hex) },
          geometry: f.geometry,
        };
      })
      .sort((a, b) => byText(a.id, b.id)),
  };
  const grpEng = groups.features.filter((f) => !NOT_ENGLAND.has(prop(f, "RegionNati", GEO_FILES.groups)));
  const grpOut: Collection = {
    type: "FeatureCollection",
    features: grpEng.map((f) => {
      const group = prop(f, "Group", GEO_FILES.groups);
      checkGeometry(f, GEO_FILES.groups, group, HEX_PLANE);
      return { type: "Feature" as const, properties: { group }, geometry: f.geometry };
    }),
  };
  const onsEng = ons.features.filter((f) => prop(f, "CTYUA23CD", GEO_FILES.ons).startsWith("E"));
  const onsOut: Collection = {
    type: "FeatureCollection",
    features: onsEng
      .map((f) => {
        const code = prop(f, "CTYUA23CD", GEO_FILES.ons);
        checkGeometry(f, GEO_FILES.ons, code, ENGLAND_LON_LAT);
        return {
          type: "Feature" as const,
          id: code,
          properties: { code, name: prop(f, "CTYUA23NM", GEO_FILES.ons) },
          geometry: f.geometry,
        };
      })
      .sort((a, b) => byText(a.id, b.id)),
  };
  if (onsOut.features.length !== 153)
    throw new PipelineError(
      GEO_FILES.ons,
      null,
      null,
      `expected 153 English features, found ${String(onsOut.features.length)}`,
    );

  // Hexes are already minimal polygons: keep most points; boundaries: keep the 30% of points that matter most.
  const hexTopo = compact({ councils: hexOut, groups: grpOut }, 0.6, 1e4);
  const onsTopo = compact({ councils: onsOut }, 0.3, 1e4);

  // Save outputs.
  mkdirSync(join(outDir, "geo"), { recursive: true });
  const hexText = JSON.stringify(hexTopo);
  const onsText = JSON.stringify(onsTopo);
  writeFileSync(join(outDir, "geo", "hex-2023.topo.json"), hexText + "\n");
  writeFileSync(join(outDir, "geo", "boundaries-2023.topo.json"), onsText + "\n");
  return {
    hexCodes: hexOut.features.map((f) => String(f.id)),
    boundaryCodes: onsOut.features.map((f) => String(f.id)),
    names: {
      hex: new Map(hexOut.features.map((f) => [String(f.id), String(f.properties["name"])])),
      boundaries: new Map(onsOut.features.map((f) => [String(f.id), String(f.properties["name"])])),
    },
    log: [
      `${GEO_FILES.hex}: read ${String(hex.features.length)}, written ${String(hexEng.length)}`,
      `  excluded ${String(hex.features.length - hexEng.length)}: outside England (Scotland, Wales, Northern Ireland)`,
      `${GEO_FILES.groups}: read ${String(groups.features.length)}, written ${String(grpEng.length)}`,
      `  excluded ${String(groups.features.length - grpEng.length)}: outside England`,
      `${GEO_FILES.ons}: read ${String(ons.features.length)}, written ${String(onsEng.length)}`,
      `  excluded ${String(ons.features.length - onsEng.length)}: outside England`,
      `  geo/hex-2023.topo.json ${String(Math.round(hexText.length / 1024))} KB; geo/boundaries-2023.topo.json ${String(Math.round(onsText.length / 1024))} KB`,
    ],
  };
}
