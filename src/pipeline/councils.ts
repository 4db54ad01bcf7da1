/**
 * Councils step: one row per council with children's services in any source since 2014 (current + former).
 * Identity comes from the Provider lookup plus councilFacts.ts (keyed by DfE code); DfE workforce rows give
 * names, regions and the years each ONS code was used; other lookups add neighbours, districts, hex codes.
 */
import { byText, type Table } from "./lib/csv.ts";
import { PipelineError } from "./lib/errors.ts";
import { slugify } from "./lib/values.ts";
import type { WorkforceInput } from "./workforceParse.ts";
import * as F from "./councilFacts.ts";
import { columnsOf, type RowOf } from "../lib/data/schema.ts";

/** Columns of data/councils.csv, in order: the schema's (src/lib/data/schema.ts), the one place they are named. */
export const COUNCIL_COLUMNS = columnsOf("councils") as (keyof RowOf<"councils">)[];
/** One row of data/councils.csv (all strings, lists ";"-joined). */
export type CouncilRow = Record<keyof RowOf<"councils">, string>;

/** Lookups into the council list, built once. */
export interface Registry {
  councils: CouncilRow[];
  byDfe: Map<string, CouncilRow>;
  byOns: Map<string, CouncilRow>;
  bySlug: Map<string, CouncilRow>;
}

/** Index a list of councils (also used by tests to build tiny registries). */
export function indexCouncils(councils: CouncilRow[]): Registry {
  const byOns = new Map<string, CouncilRow>();
  for (const c of councils) for (const part of c.ons_codes.split(";")) byOns.set(part.split(":")[0] ?? "", c);
  return {
    councils,
    byDfe: new Map(councils.map((c) => [c.dfe_code, c])),
    byOns,
    bySlug: new Map(councils.map((c) => [c.slug, c])),
  };
}

/** The input tables the councils step reads (parsed by run.ts or by a test). */
export interface CouncilInputs {
  provider: Table;
  workforce: WorkforceInput[];
  workforceFile: string;
  /** Slug of each DfE code (curated/council_slugs.csv); tests may leave it out. */
  slugs?: Table;
}

/**
 * A council's slug, keyed by its DfE code in src/pipeline/curated/council_slugs.csv, so a renamed council keeps
 * its URLs (the rename shows in name and dfe_name). A code the file lacks stops the run. Without the file (small
 * test registries) the slug is the kebab-case name.
 */
function slugFor(inp: CouncilInputs, code: string, name: string): string {
  if (!inp.slugs) return slugify(name);
  const slug = inp.slugs.rows.find((r) => r["dfe_code"] === code)?.["slug"];
  if (slug === undefined || slug === "")
    throw new PipelineError(inp.slugs.file, null, "dfe_code", `council ${code} (${name}) has no slug: add one`);
  return slug;
}

/** Build the council identities and their DfE-derived fields (codes by year, names, regions). */
export function buildCouncilCore(inp: CouncilInputs): Registry {
  // Load inputs.
  const base = new Map<string, { ons: string; name: string; known: Set<string> }>();
  inp.provider.rows.forEach((r, i) => {
    const code = (r["la_code"] ?? "").trim();
    if (!/^\d{3}$/.test(code))
      throw new PipelineError(
        inp.provider.file,
        inp.provider.lines[i] ?? null,
        "la_code",
        `"${code}" is not a DfE 3-digit code`,
      );
    const ons = (r["la_code_new"] || r["ltla23cd"] || "").trim();
    base.set(code, {
      ons,
      name: (r["local_authority_ons_name"] ?? "").trim(),
      known: new Set([ons, ...(F.EXTRA_ONS_CODES[code] ?? [])]),
    });
  });
  for (const e of F.EXTRA_COUNCILS)
    base.set(e.dfe_code, { ons: e.ons_code, name: e.name, known: new Set([e.ons_code]) });

  // Process data.
  // Name and region come from the council's latest DfE row: an edit to an old row's name is not a rename.
  const seen = new Map<string, { codes: Map<string, [number, number]>; name: string; region: string; year: number }>();
  const regionNames = new Map<string, string>();
  let latest = 0;
  for (const w of inp.workforce) {
    latest = Math.max(latest, w.year);
    if (w.keys.geographic_level === "Regional") regionNames.set(w.keys.region_code, w.keys.region_name);
    if (w.keys.geographic_level !== "Local authority") continue;
    const dfe = w.keys.old_la_code.split(" / ");
    const ons = w.keys.new_la_code.split(" / ");
    const names = w.keys.la_name.split(" / ");
    dfe.forEach((code, k) => {
      const b = base.get(code);
      if (!b)
        throw new PipelineError(
          inp.workforceFile,
          w.line,
          "old_la_code",
          `unknown council code ${code} (not in the Provider lookup or councilFacts.ts)`,
        );
      const o = ons[k] ?? "";
      if (!b.known.has(o))
        throw new PipelineError(
          inp.workforceFile,
          w.line,
          "new_la_code",
          `unknown ONS code "${o}" for DfE code ${code}`,
        );
      const s = seen.get(code) ?? { codes: new Map<string, [number, number]>(), name: "", region: "", year: 0 };
      const span = s.codes.get(o) ?? [w.year, w.year];
      s.codes.set(o, [Math.min(span[0], w.year), Math.max(span[1], w.year)]);
      if (w.year >= s.year) {
        s.name = names[k] ?? w.keys.la_name;
        s.region = w.keys.region_code;
        s.year = w.year;
      }
      seen.set(code, s);
    });
  }
  const councils: CouncilRow[] = [...base.entries()].map(([code, b]) => {
    const s = seen.get(code);
    const life = F.LIFECYCLE[code] ?? {};
    const spans = s ? [...s.codes.entries()].sort((x, y) => x[1][0] - y[1][0]) : [];
    const onsCodes = spans.length
      ? spans.map(([c, [a, z]]) => `${c}:${String(a)}-${z === latest && !life.valid_to ? "" : String(z)}`).join(";")
      : `${b.ons}:`;
    const onsCode = spans.length ? (spans[spans.length - 1]?.[0] ?? b.ons) : b.ons;
    const dfeRegion = s?.region ?? "";
    const region = F.LONDON_SUBREGIONS.includes(dfeRegion) ? F.LONDON : dfeRegion;
    const name = F.NAME_OVERRIDES[code] ?? s?.name ?? b.name;
    const joint = F.JOINT_SERVICES.find((j) => j.codes.includes(code));
    return {
      slug: slugFor(inp, code, name),
      name,
      dfe_code: code,
      ons_code: onsCode,
      ons_codes: onsCodes,
      dfe_name: s?.name ?? "",
      ofsted_name: "",
      region_code: region,
      region_name: regionNames.get(region) ?? "",
      dfe_region_code: dfeRegion,
      type: F.TYPE_BY_PREFIX[onsCode.slice(0, 3)] ?? "",
      status: life.valid_to ? "former" : "current",
      valid_from: life.valid_from ?? "",
      valid_to: life.valid_to ?? "",
      predecessors: (life.predecessors ?? []).join(";"),
      successors: (life.successors ?? []).join(";"),
      joint_partners: (joint?.codes ?? []).filter((c) => c !== code).join(";"),
      stat_neighbours: "",
      stat_neighbours_source: "",
      districts: "",
      former_districts: "",
      hex_code: "",
    };
  });
  // DfE codes in predecessor/successor/partner lists become slugs once every slug is known.
  const reg = indexCouncils(councils.sort((a, b) => byText(a.slug, b.slug)));
  const toSlug = (codes: string): string =>
    codes === ""
      ? ""
      : codes
          .split(";")
          .map((c) => reg.byDfe.get(c)?.slug ?? `?${c}`)
          .join(";");
  for (const c of councils) {
    c.predecessors = toSlug(c.predecessors);
    c.successors = toSlug(c.successors);
    c.joint_partners = toSlug(c.joint_partners);
  }
  return reg;
}
