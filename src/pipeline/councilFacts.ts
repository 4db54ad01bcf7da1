/**
 * Facts about English children's-services councils that no input file states in machine-readable form:
 * reorganisations, joint services, former councils missing from the lookups, and common names.
 * Keyed by DfE 3-digit LA code, the one key that is stable across every source and year.
 * Each entry is checked against the data by the councils step (an unknown code stops the pipeline).
 */

/** Former councils absent from lookups/Provider_data_lookup.csv (abolished 1 Apr 2019). */
export const EXTRA_COUNCILS: readonly { dfe_code: string; ons_code: string; name: string }[] = [
  { dfe_code: "835", ons_code: "E10000009", name: "Dorset" },
  { dfe_code: "837", ons_code: "E06000028", name: "Bournemouth" },
];

/** Common names where DfE's name reads oddly on a page ("Bristol, City of"), or must be told apart. */
export const NAME_OVERRIDES: Readonly<Record<string, string>> = {
  "801": "Bristol",
  "810": "Kingston upon Hull",
  "884": "Herefordshire",
  "342": "St Helens",
  // The old two-tier county (before 2019) is a different council from the Dorset unitary: give it its own name.
  "835": "Dorset County (pre-2019)",
};

/**
 * ONS codes a council held besides the one in the Provider lookup: same council, new code (boundary or
 * status change). Recorded in ons_codes, never as predecessor/successor.
 */
export const EXTRA_ONS_CODES: Readonly<Record<string, readonly string[]>> = {
  "825": ["E10000002", "E06000060"], // Buckinghamshire became a unitary in 2020, same DfE code.
  "815": ["E10000023", "E06000065"], // North Yorkshire unitary 2023.
  "933": ["E10000027", "E06000066"], // Somerset unitary 2023.
  "370": ["E08000016", "E08000038"], // Barnsley boundary change 2025.
  "373": ["E08000019", "E08000039"], // Sheffield boundary change 2025.
  "909": ["E10000006"],
  "928": ["E10000021"],
  "836": ["E06000029"],
};

/** Life cycle of councils created or abolished since 2014 (valid_from/valid_to are ISO dates). */
export interface Lifecycle {
  valid_from?: string;
  valid_to?: string;
  predecessors?: readonly string[];
  successors?: readonly string[];
}

/** Reorganisations since 2014: Dorset/BCP 2019, Northamptonshire 2021, Cumbria 2023 (DfE codes). */
export const LIFECYCLE: Readonly<Record<string, Lifecycle>> = {
  "835": { valid_to: "2019-03-31", successors: ["838", "839"] }, // Christchurch district went to BCP.
  "836": { valid_to: "2019-03-31", successors: ["839"] },
  "837": { valid_to: "2019-03-31", successors: ["839"] },
  "838": { valid_from: "2019-04-01", predecessors: ["835"] },
  "839": { valid_from: "2019-04-01", predecessors: ["835", "836", "837"] },
  "928": { valid_to: "2021-03-31", successors: ["940", "941"] },
  "940": { valid_from: "2021-04-01", predecessors: ["928"] },
  "941": { valid_from: "2021-04-01", predecessors: ["928"] },
  "909": { valid_to: "2023-03-31", successors: ["942", "943"] },
  "942": { valid_from: "2023-04-01", predecessors: ["909"] },
  "943": { valid_from: "2023-04-01", predecessors: ["909"] },
};

/** Councils that run children's services jointly and report one DfE workforce row (from `from_year`). */
export const JOINT_SERVICES: readonly { codes: readonly string[]; from_year: number; body: string }[] = [
  { codes: ["314", "318"], from_year: 2017, body: "Achieving for Children" },
  { codes: ["940", "941"], from_year: 2021, body: "Northamptonshire Children's Trust" },
];

/** DfE splits London into Inner/Outer rows; the site uses the 9 English regions. */
export const LONDON_SUBREGIONS: readonly string[] = ["E13000001", "E13000002"];
/** ONS code of the London region. */
export const LONDON = "E12000007";

/** Council type from the ONS code prefix (E06 unitary, E08 metropolitan, E09 London, E10 county). */
export const TYPE_BY_PREFIX: Readonly<Record<string, string>> = {
  E06: "Unitary Authority",
  E08: "Metropolitan District",
  E09: "London Borough",
  E10: "County",
};
