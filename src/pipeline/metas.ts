/**
 * The content of each <table>.meta.json and geo/geo.meta.json: provenance, licences and caveats.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { OGL, OPL, sourcesFor, writeMeta } from "./meta.ts";
import { COUNCIL_COLUMN_DOCS, WORKFORCE_COLUMN_DOCS, INSPECTION_COLUMN_DOCS } from "./metaColumns.ts";
import { GEO_FILES } from "./geography.ts";

const MIT_D2I = {
  name: "MIT (repository code); the scraped judgements are Crown copyright under the Open Government Licence v3.0",
  url: "https://github.com/data-to-insight/ofsted-ilacs-scrape-tool",
  attribution:
    "Data to Insight ILACS scrape tool. Contains public sector information licensed under the Open Government Licence v3.0.",
};

/** Write councils/workforce/inspections meta and the geography meta. */
export function writeTableMetas(
  outDir: string,
  counts: Record<"councils" | "workforce" | "inspections", number>,
): void {
  writeMeta(outDir, "councils", {
    title: "English councils with children's services, 2014 to now",
    publisher: "Caseload Check, compiled from DfE, ONS, Ofsted and Data to Insight lookups",
    description:
      "One row per council that appears in any source since 2014: 153 current and the former councils abolished in the 2019, 2021 and 2023 reorganisations.",
    release_date: "", // compiled table: each source has its own date (see sources)
    sources: sourcesFor([
      "lookups/Provider_data_lookup.csv",
      "workforce/csww_indicators_2017_to_2025.csv",
      "lookups/sn_model_2025_wide.csv",
      "lookups/New_Statistical_Neighbour_Groupings_April_2021.csv",
      "lookups/LTLA-UTLA_Apr23_Lookup_England-Wales.csv",
      "ofsted/extracted/LA_Inspection_Outcomes_as_at_31_March_2025__ILACS_inspection_history.csv",
      GEO_FILES.hex,
    ]),
    licences: [OGL, MIT_D2I, OPL],
    caveats: [
      "Reorganisations: Bournemouth, Poole and the old Dorset county were replaced on 1 Apr 2019 by Bournemouth, Christchurch and Poole and the Dorset unitary; Northamptonshire on 1 Apr 2021 by North and West Northamptonshire; Cumbria on 1 Apr 2023 by Cumberland and Westmorland and Furness.",
      "Buckinghamshire (2020), North Yorkshire and Somerset (2023), Barnsley and Sheffield (2025) changed ONS code but are the same council: see ons_codes.",
      "Kingston upon Thames and Richmond upon Thames (Achieving for Children) and, from 2021, North and West Northamptonshire (Northamptonshire Children's Trust) report one joint DfE workforce row.",
      "Statistical neighbours of current councils come from DfE's 2025 statistical neighbour model (post-2023 geography). Former councils keep the list they had: Data to Insight's Provider lookup where it has one, else DfE's April 2021 groupings. stat_neighbours_source names each council's list; in the older lists abolished neighbours are replaced by their successors.",
      "Former-council facts (dates, successors, common names) are recorded by hand in src/pipeline/councilFacts.ts and checked against the data.",
    ],
    row_count: counts.councils,
    columns: COUNCIL_COLUMN_DOCS,
  });
  writeMeta(outDir, "workforce", {
    title: "Children's social work workforce, by council, region and England, 2017-2025",
    publisher: "Department for Education",
    description:
      "DfE's workforce indicators, one row per DfE row (England, 11 regional rows and each council, per year), values as published.",
    release_date: "", // not stated in the file (DfE reporting year 2025 release); see caveats
    sources: sourcesFor(["workforce/csww_indicators_2017_to_2025.csv"]),
    licences: [OGL],
    caveats: [
      "Each year is the position at 30 September; turnover, starters and leavers cover the 12 months to 30 September.",
      "Caseload is an LA-wide average: cases held by FTE social workers, agency staff included, per FTE case-holding social worker. It is not a team or individual caseload.",
      "Symbols are never turned into numbers: the value is empty and <column>_status holds DfE's symbol (x not available, z not applicable, u low reliability, c confidential, low rounds to zero).",
      "Earlier years are revised in later releases: this 2025 release is the definitive series (e.g. Walsall 2017 caseload 17.2 here, 18.9 in the 2022 release).",
      "England and region rows are DfE's own figures, not sums of council rows. London is split by DfE into Inner and Outer London rows.",
      "Kingston upon Thames and Richmond upon Thames are one joint row in every year; North and West Northamptonshire one joint row from 2021.",
      "Release: DfE's reporting year 2025 release of Children's social work workforce (explore-education-statistics). The file does not state a publication date; it last changed in DfE's repository on 20 March 2026.",
    ],
    row_count: counts.workforce,
    columns: WORKFORCE_COLUMN_DOCS,
  });
  writeMeta(outDir, "inspections", {
    title: "Ofsted inspections of council children's services: SIF (2014-2018) and ILACS (2018 on)",
    publisher: "Ofsted (official rows); Data to Insight (unofficial rows)",
    description:
      "Every SIF, SIF re-inspection and ILACS inspection per council, with overall and sub-judgements under each framework's own names.",
    release_date: "2025-09-25",
    sources: sourcesFor([
      "ofsted/extracted/LA_Inspection_Outcomes_as_at_31_March_2025__ILACS_inspection_history.csv",
      "ofsted/extracted/Childrens_social_care_in_England_2023__LA_inspections_2009-2023.csv",
      "ofsted/extracted/ofsted_csc_ilacs_overview.csv",
    ]),
    licences: [OGL, MIT_D2I],
    caveats: [
      "SIF and ILACS are different frameworks; grades are comparable only loosely. Pre-2013 frameworks (SLAC, CPI, TLAC) are excluded.",
      "Ofsted's 'Requires improvement to be good' is written 'Requires improvement'.",
      "SIF rows have publication dates only. SIF council names are matched through an explicit alias table (src/pipeline/sifAliases.ts).",
      "Ofsted attributes Somerset's 2022 ILACS inspection (of the former county council) to the new unitary code E06000066. Somerset is one council across the 2023 change (same DfE code 933), so the inspection is attached to `somerset` with a note.",
      "Rows with source=unofficial come from Data to Insight's scrape of Ofsted reports published after 31 Mar 2025, which the official statistics do not yet hold. Check against the Ofsted report before publishing.",
    ],
    row_count: counts.inspections,
    columns: INSPECTION_COLUMN_DOCS,
  });
  mkdirSync(join(outDir, "geo"), { recursive: true });
  const geoMeta = {
    title: "Maps: 2023 council hex cartogram and boundaries (England)",
    files: {
      "geo/hex-2023.topo.json": {
        objects: {
          councils: "153 council hexes (properties code, name, group)",
          groups: "ceremonial-county group outlines (property group)",
        },
        coordinates: "planar cartogram units, not a map projection: draw with d3.geoIdentity().reflectY(true)",
        source: sourcesFor([GEO_FILES.hex, GEO_FILES.groups]),
        licence: OPL,
      },
      "geo/boundaries-2023.topo.json": {
        objects: { councils: "153 English counties and unitary authorities, Dec 2023 (properties code, name)" },
        coordinates: "longitude/latitude (EPSG:4326), simplified and quantised",
        source: sourcesFor([GEO_FILES.ons]),
        licence: {
          ...OGL,
          attribution:
            "Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2023.",
        },
      },
    },
    caveats: [
      "2023 geography: Cumbria, Northamptonshire and the pre-2019 Dorset councils are not drawn. Barnsley and Sheffield carry their pre-2025 codes (E08000016, E08000019); councils.csv ons_codes links them.",
      "Both maps are simplified for the web and are not for measuring area or distance.",
    ],
  };
  writeFileSync(join(outDir, "geo", "geo.meta.json"), JSON.stringify(geoMeta, null, 2) + "\n");
}
