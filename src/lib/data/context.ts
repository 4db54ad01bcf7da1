/**
 * Typed reader for data/council_context.csv and data/cla_social_workers_2024.csv (written by
 * src/pipeline/context). Every row is validated with zod on read: a bad cell stops the build with the file, the
 * line and the column. Values are numbers or null with DfE's symbol in `status` (never 0).
 */
import { z } from "astro/zod";
import { readJson, readTable } from "./load.ts";

/** A value, or null with the DfE symbol saying why. */
export interface ContextValue {
  value: number | null;
  status: string;
}

/** Measures of council_context.csv the site shows (column names as in the table). */
export const CONTEXT_MEASURES = [
  "case_holder_share",
  "cin_per_case_holder_fte",
  "cpp_per_case_holder_fte",
  "cla_per_case_holder_fte",
  "cases_per_cin",
  "cin_rate_per_10k",
  "caseload_fte",
  "case_holders_fte",
  "inpost_fte",
  "agency_fte",
  "cases",
  "At31_episodes",
  "CPP_At31",
  "cla_children_count",
  "population_estimate",
] as const;
/** One measure. */
export type ContextMeasure = (typeof CONTEXT_MEASURES)[number];

/** One area-year of council_context.csv. */
export interface ContextRow {
  year: number;
  censusDate: string;
  countDate: string;
  populationYear: number;
  level: "National" | "Regional" | "Local authority";
  regionCode: string;
  regionName: string;
  oldLaCode: string;
  laName: string;
  councilSlugs: string[];
  joint: boolean;
  small: boolean;
  notes: string[];
  values: Record<ContextMeasure, ContextValue>;
}

/** One area of cla_social_workers_2024.csv: children in care at 31 March 2024 with 3+ social workers in the year. */
interface SocialWorkersRow {
  level: ContextRow["level"];
  regionCode: string;
  laName: string;
  councilSlug: string;
  total: ContextValue;
  number: ContextValue;
  share: ContextValue;
}

const SYMBOLS = new Set(["", "x", "z", "u", "c", "low"]);
const NUMBER = /^(-?\d+(\.\d+)?)?$/;
const LEVEL = z.enum(["National", "Regional", "Local authority"], { message: "unknown geographic_level" });

/** Check value columns and their _status columns: a number or empty, a DfE symbol, exactly one of the two. */
const values =
  (cols: readonly string[]) =>
  (row: Record<string, string>, ctx: z.RefinementCtx): void => {
    for (const c of cols) {
      const v = row[c];
      const st = row[`${c}_status`];
      const bad =
        v === undefined || !NUMBER.test(v)
          ? "must be a number or empty"
          : st === undefined || !SYMBOLS.has(st)
            ? "status must be empty or a DfE symbol"
            : (v === "") === (st === "")
              ? "a value needs an empty status; an empty value a symbol"
              : null;
      if (bad) ctx.addIssue({ code: "custom", path: [v !== undefined && NUMBER.test(v) ? `${c}_status` : c], message: bad });
    }
  };

const contextSchema = z
  .object({
    time_period: z.string().regex(/^20\d\d$/, "time_period must be a year"),
    census_date: z.string().regex(/^20\d\d-09-30$/, "census_date must be 30 September"),
    count_date: z.string().regex(/^20\d\d-03-31$/, "count_date must be 31 March"),
    population_year: z.string().regex(/^20\d\d$/, "population_year must be a year"),
    geographic_level: LEVEL,
    region_code: z.string(),
    region_name: z.string(),
    old_la_code: z.string(),
    la_name: z.string(),
    council_slugs: z.string(),
    joint: z.enum(["true", "false"]),
    small: z.enum(["true", "false"]),
    notes: z.string(),
  })
  .catchall(z.string())
  .superRefine(values(CONTEXT_MEASURES));

const swSchema = z
  .object({ geographic_level: LEVEL, region_code: z.string(), la_name: z.string(), council_slug: z.string() })
  .catchall(z.string())
  .superRefine(values(["total_children", "number", "share"]));

/** Validate every row of data/<name>.csv; the first bad cell throws naming file, line and column. */
function validated<S extends z.ZodType>(name: string, schema: S): z.infer<S>[] {
  return readTable(name).map((row, i) => {
    const result = schema.safeParse(row);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    const column = issue?.path[0] === undefined ? "" : `, column "${String(issue.path[0])}"`;
    throw new Error(`data/${name}.csv, line ${String(i + 2)}${column}: ${issue?.message ?? "invalid row"}`);
  });
}

const val = (cells: Record<string, string>, c: string): ContextValue => {
  const v = cells[c] ?? "";
  return { value: v === "" ? null : Number(v), status: cells[`${c}_status`] ?? "" };
};

function toRow(r: z.infer<typeof contextSchema>): ContextRow {
  const cells: Record<string, string> = r;
  return {
    year: Number(r.time_period),
    censusDate: r.census_date,
    countDate: r.count_date,
    populationYear: Number(r.population_year),
    level: r.geographic_level,
    regionCode: r.region_code,
    regionName: r.region_name,
    oldLaCode: r.old_la_code,
    laName: r.la_name,
    councilSlugs: r.council_slugs === "" ? [] : r.council_slugs.split(";"),
    joint: r.joint === "true",
    small: r.small === "true",
    notes: r.notes === "" ? [] : r.notes.split("; "),
    values: Object.fromEntries(CONTEXT_MEASURES.map((c) => [c, val(cells, c)])) as Record<ContextMeasure, ContextValue>,
  };
}

interface Index {
  rows: ContextRow[];
  bySlug: Map<string, ContextRow[]>;
  byArea: Map<string, ContextRow[]>;
  sw: SocialWorkersRow[];
}
let index: Index | null = null;

const areaKey = (level: ContextRow["level"], regionCode: string): string =>
  level === "National" ? "England" : regionCode;

function build(): Index {
  const rows = validated("council_context", contextSchema)
    .map(toRow)
    .sort((a, b) => a.year - b.year);
  const bySlug = new Map<string, ContextRow[]>();
  const byArea = new Map<string, ContextRow[]>();
  for (const r of rows) {
    for (const s of r.councilSlugs) bySlug.set(s, [...(bySlug.get(s) ?? []), r]);
    if (r.level !== "Local authority")
      byArea.set(areaKey(r.level, r.regionCode), [...(byArea.get(areaKey(r.level, r.regionCode)) ?? []), r]);
  }
  const sw = validated("cla_social_workers_2024", swSchema).map((r) => {
    const cells: Record<string, string> = r;
    return {
      level: r.geographic_level,
      regionCode: r.region_code,
      laName: r.la_name,
      councilSlug: r.council_slug,
      total: val(cells, "total_children"),
      number: val(cells, "number"),
      share: val(cells, "share"),
    };
  });
  return { rows, bySlug, byArea, sw };
}

const idx = (): Index => (index ??= build());

/** Every row (England, regions, councils), by year. */
export const allContextRows = (): readonly ContextRow[] => idx().rows;

/** The council's rows by year (a joint return covering it included, flagged joint). */
export const contextFor = (slug: string): readonly ContextRow[] => idx().bySlug.get(slug) ?? [];

/** England's rows by year. */
export const contextEngland = (): readonly ContextRow[] => idx().byArea.get("England") ?? [];

/** A DfE region's rows by its code (E12..., or E13000001/E13000002 for Inner/Outer London). */
export const contextRegion = (dfeRegionCode: string): readonly ContextRow[] => idx().byArea.get(dfeRegionCode) ?? [];

/** The 2024 three-or-more-social-workers row of a council. */
export const socialWorkersFor = (slug: string): SocialWorkersRow | undefined =>
  idx().sw.find((r) => r.councilSlug === slug);

/** The 2024 three-or-more-social-workers row of England ("England") or a region (by DfE region code). */
export const socialWorkersArea = (dfeRegionCode: string): SocialWorkersRow | undefined =>
  idx().sw.find((r) => r.level !== "Local authority" && areaKey(r.level, r.regionCode) === dfeRegionCode);

/** Every council row of the 2024 table. */
export const socialWorkersCouncils = (): readonly SocialWorkersRow[] =>
  idx().sw.filter((r) => r.level === "Local authority");

/** The rule pairing a 31 March count with a 30 September census, as the pipeline states it in the table's meta. */
export const pairingRule = (): string => readJson<{ pairing_rule: string }>("council_context.meta.json").pairing_rule;
