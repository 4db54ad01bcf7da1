/**
 * Typed reader for data/councils.csv. Indexed once (by slug and DfE code); lookups are O(1).
 */
import { readRows, list } from "./load.ts";

/** One council with children's services (current or abolished since 2014). */
export interface Council {
  slug: string;
  name: string;
  /** DfE 3-digit LA number: the stable key across years. */
  dfeCode: string;
  /** ONS code now, or when abolished. */
  onsCode: string;
  /** Every ONS code with its reporting years; `to` null = still in use. */
  onsCodes: { code: string; from: number | null; to: number | null }[];
  dfeName: string;
  ofstedName: string;
  /** One of the 9 English regions (London = E12000007). */
  regionCode: string;
  regionName: string;
  /** Region on DfE's workforce rows (E13000001/E13000002 for Inner/Outer London). */
  dfeRegionCode: string;
  type: string;
  status: "current" | "former";
  validFrom: string | null;
  validTo: string | null;
  predecessors: string[];
  successors: string[];
  jointPartners: string[];
  statNeighbours: string[];
  /** Which list statNeighbours is, and its year (e.g. "DfE statistical neighbour model, 2025"). */
  statNeighboursSource: string;
  districts: string[];
  /** Districts abolished in the 2019-2023 reorganisations whose area it covers (for search: "Harrogate"). */
  formerDistricts: string[];
  /** Code in the 2023 hex cartogram, or null if not drawn. */
  hexCode: string | null;
}

interface Index {
  all: Council[];
  bySlug: Map<string, Council>;
  byDfe: Map<string, Council>;
}
let index: Index | null = null;

const year = (s: string | undefined): number | null => (s ? Number(s) : null);
const orNull = (s: string): string | null => (s === "" ? null : s);

function build(): Index {
  const all = readRows("councils").map((r): Council => ({
    slug: r.slug,
    name: r.name,
    dfeCode: r.dfe_code,
    onsCode: r.ons_code,
    onsCodes: list(r.ons_codes).map((p) => {
      const [code = "", span = ""] = p.split(":");
      const [from, to] = span.split("-");
      return { code, from: year(from), to: year(to) };
    }),
    dfeName: r.dfe_name,
    ofstedName: r.ofsted_name,
    regionCode: r.region_code,
    regionName: r.region_name,
    dfeRegionCode: r.dfe_region_code,
    type: r.type,
    status: r.status,
    validFrom: orNull(r.valid_from),
    validTo: orNull(r.valid_to),
    predecessors: list(r.predecessors),
    successors: list(r.successors),
    jointPartners: list(r.joint_partners),
    statNeighbours: list(r.stat_neighbours),
    statNeighboursSource: r.stat_neighbours_source,
    districts: list(r.districts),
    formerDistricts: list(r.former_districts),
    hexCode: orNull(r.hex_code),
  }));
  return { all, bySlug: new Map(all.map((c) => [c.slug, c])), byDfe: new Map(all.map((c) => [c.dfeCode, c])) };
}

const idx = (): Index => (index ??= build());

/** Every council, current and former, sorted by slug. */
export const allCouncils = (): readonly Council[] => idx().all;

/** The 153 current councils. */
export const currentCouncils = (): readonly Council[] => idx().all.filter((c) => c.status === "current");

/** A council by slug, or undefined. */
export const getCouncil = (slug: string): Council | undefined => idx().bySlug.get(slug);

/** A council by DfE 3-digit code, or undefined. */
export const councilByDfeCode = (code: string): Council | undefined => idx().byDfe.get(code);

/**
 * The site's name for a return's council(s): each council's official name ("Kingston upon Hull", not DfE's
 * "Kingston upon Hull, City of"), joined with "and" for a joint return; DfE's name only if no council matches.
 */
export function returnName(slugs: readonly string[], laName: string): string {
  const names = slugs.map((s) => getCouncil(s)?.name).filter((n): n is string => n !== undefined);
  return names.length > 0 ? names.join(" and ") : laName;
}
