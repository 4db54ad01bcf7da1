/**
 * Geography step: the HoC Library 2023 hex cartogram (planar units, never reprojected) and ONS Dec 2023
 * county/unitary boundaries, England only, as small simplified TopoJSON with code/name properties.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { topology } from "topojson-server";
import { presimplify, simplify, quantile } from "topojson-simplify";
import { quantize } from "topojson-client";
import type { Topology } from "topojson-specification";
import { PipelineError } from "./lib/errors.ts";
import { byText } from "./lib/csv.ts";

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

function readGeo(rawDir: string, rel: string): Collection {
  const full = join(rawDir, rel);
  if (!existsSync(full)) throw new PipelineError(rel, null, null, `file not found in ${rawDir}`);
  const g = JSON.parse(readFileSync(full, "utf8")) as Collection;
  if (g.type !== "FeatureCollection" || !Array.isArray(g.features))
    throw new PipelineError(rel, null, null, "not a GeoJSON FeatureCollection");
  return g;
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
  return quantize(simplify(topo, quantile(topo, keep)), q) as Topology;
}

/** Result of the geography step: codes drawn on each map, plus row accounting. */
export interface GeoResult {
  hexCodes: string[];
  boundaryCodes: string[];
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
        return {
          type: "Feature" as const,
          id: code,
          properties: { code, name: prop(f, "cua-name", GEO_FILES.hex), group: prop(f, "Group", GEO_FILES.hex) },
          geometry: f.geometry,
        };
      })
      .sort((a, b) => byText(String(a.id), String(b.id))),
  };
  const grpEng = groups.features.filter((f) => !NOT_ENGLAND.has(prop(f, "RegionNati", GEO_FILES.groups)));
  const grpOut: Collection = {
    type: "FeatureCollection",
    features: grpEng.map((f) => ({
      type: "Feature",
      properties: { group: prop(f, "Group", GEO_FILES.groups) },
      geometry: f.geometry,
    })),
  };
  const onsEng = ons.features.filter((f) => prop(f, "CTYUA23CD", GEO_FILES.ons).startsWith("E"));
  const onsOut: Collection = {
    type: "FeatureCollection",
    features: onsEng
      .map((f) => {
        const code = prop(f, "CTYUA23CD", GEO_FILES.ons);
        return {
          type: "Feature" as const,
          id: code,
          properties: { code, name: prop(f, "CTYUA23NM", GEO_FILES.ons) },
          geometry: f.geometry,
        };
      })
      .sort((a, b) => byText(String(a.id), String(b.id))),
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
