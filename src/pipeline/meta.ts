/**
 * Metadata written beside each table as <table>.meta.json: provenance from SOURCES.md, licence, caveats and
 * a description of every column (rendered by the /data/ page). Column docs live in metaColumns.ts.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";

/** One upstream file and where it was copied from (see the raw folder's SOURCES.md). */
export interface SourceFile {
  path: string;
  repo: string;
  upstream_path: string;
  commit: string;
  publisher: string;
}

/** Open Government Licence v3.0 with the attribution it asks for. */
export const OGL = {
  name: "Open Government Licence v3.0",
  url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
  attribution: "Contains public sector information licensed under the Open Government Licence v3.0.",
} as const;

/** Open Parliament Licence v3.0 (House of Commons Library cartogram). */
export const OPL = {
  name: "Open Parliament Licence v3.0",
  url: "https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/",
  attribution: "Contains Parliamentary information licensed under the Open Parliament Licence v3.0.",
} as const;

const DFE = "dfe-analytical-services/CSC_outcomes_and_enablers";
const D2I = "data-to-insight/ofsted-ilacs-scrape-tool";

/** Every raw file the pipeline reads, keyed by its path under the raw folder. */
const SOURCES: Readonly<Record<string, SourceFile>> = Object.fromEntries(
  (
    [
      [
        "workforce/csww_indicators_2017_to_2025.csv",
        DFE,
        "data-raw/csww_indicators_2017_to_2025.csv",
        "10a68d81b61e461d6c87b4d0b676a3a56b1c152a",
        "Department for Education",
      ],
      [
        "ofsted/extracted/LA_Inspection_Outcomes_as_at_31_March_2025__ILACS_inspection_history.csv",
        DFE,
        "data-raw/LA_Inspection_Outcomes_as_at_31_March_2025.ods (sheet ILACS_inspection_history, CSV extract)",
        "b4e78a2611aeab75c4d193c16203f68d5431e3c4",
        "Ofsted",
      ],
      [
        "ofsted/extracted/Childrens_social_care_in_England_2023__LA_inspections_2009-2023.csv",
        DFE,
        "data-raw/Childrens_social_care_in_England_2023_underlying_data.ods (sheet LA_inspections_2009-2023, CSV extract)",
        "1329930840af1494de032849c2f07a5d58e08f61",
        "Ofsted",
      ],
      [
        "ofsted/extracted/ofsted_csc_ilacs_overview.csv",
        D2I,
        "ofsted_csc_ilacs_overview.xlsx (CSV extract)",
        "15af1ad55ef4ecf0c314cf9edef12bd5bc1230a3",
        "Data to Insight (unofficial scrape of Ofsted reports)",
      ],
      [
        "lookups/Provider_data_lookup.csv",
        D2I,
        "import_data/la_lookup/Provider_data_lookup.csv",
        "ce03985e4f4d5d46e9c87027e04d0c42ee8ead3e",
        "Data to Insight, from DfE and ONS codes",
      ],
      [
        "lookups/sn_model_2025_wide.csv",
        DFE,
        "data-raw/sn_model_2025_wide.csv",
        "1329930840af1494de032849c2f07a5d58e08f61",
        "Department for Education (2025 statistical neighbour model)",
      ],
      [
        "lookups/New_Statistical_Neighbour_Groupings_April_2021.csv",
        DFE,
        "data-raw/New_Statistical_Neighbour_Groupings_April_2021.csv",
        "1329930840af1494de032849c2f07a5d58e08f61",
        "Department for Education",
      ],
      [
        "lookups/LTLA-UTLA_Apr23_Lookup_England-Wales.csv",
        DFE,
        "data-raw/LTLA-UTLA_Apr23_Lookup_England-Wales.csv",
        "1329930840af1494de032849c2f07a5d58e08f61",
        "Office for National Statistics",
      ],
      [
        "geography/LocalAuthorities-uppertier-2023__UTLA-2023.planar.geojson",
        "houseofcommonslibrary/uk-hex-cartograms-noncontiguous",
        "geopackages/LocalAuthorities-uppertier-2023.gpkg (layer 7 UTLA-2023, ogr2ogr to GeoJSON)",
        "c0a233702bc67d63d41094e553f70d796008b872",
        "House of Commons Library",
      ],
      [
        "geography/LocalAuthorities-uppertier-2023__Group-2023.planar.geojson",
        "houseofcommonslibrary/uk-hex-cartograms-noncontiguous",
        "geopackages/LocalAuthorities-uppertier-2023.gpkg (layer 2 Group 2023, ogr2ogr to GeoJSON)",
        "c0a233702bc67d63d41094e553f70d796008b872",
        "House of Commons Library",
      ],
      [
        "geography/Counties_and_Unitary_Authorities_December_2023_Boundaries_UK_BSC_4952317392296043005.geo.json",
        "dhsc-govuk/FingertipsNext",
        "frontend/fingertips-frontend/public/maps/Counties_and_Unitary_Authorities_December_2023_Boundaries_UK_BSC_4952317392296043005.geo.json",
        "baa282714822a4a568b2e86cd396c422f47d1329",
        "Office for National Statistics",
      ],
    ] as const
  ).map(([path, repo, upstream_path, commit, publisher]) => [path, { path, repo, upstream_path, commit, publisher }]),
);

/** The content of a <table>.meta.json file. */
export interface TableMeta {
  title: string;
  publisher: string;
  description: string;
  release_date: string;
  sources: SourceFile[];
  licences: { name: string; url: string; attribution: string }[];
  caveats: string[];
  row_count: number;
  columns: Record<string, string>;
}

/** Look up source descriptors by raw path (a typo here is a bug: throw). */
export function sourcesFor(paths: readonly string[]): SourceFile[] {
  return paths.map((p) => {
    const s = SOURCES[p];
    if (!s) throw new Error(`no SOURCES entry for ${p}`);
    return s;
  });
}

/** Write outDir/<name>.meta.json, pretty-printed with a final newline (deterministic). */
export function writeMeta(outDir: string, name: string, meta: TableMeta): void {
  writeFileSync(join(outDir, `${name}.meta.json`), JSON.stringify(meta, null, 2) + "\n");
}
