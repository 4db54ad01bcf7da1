/**
 * Typed reader for data/inspections.csv (Ofsted SIF and ILACS inspections). Indexed once by council.
 */
import { readRows } from "./load.ts";
import type { RowOf } from "./schema.ts";

/** An Ofsted overall or sub-judgement grade. */
export type Grade = RowOf<"inspections">["overall"];

/** One inspection. Sub-judgements hold the framework's own names; null where not judged. */
export interface Inspection {
  id: string;
  councilSlug: string;
  framework: "SIF" | "ILACS";
  type: string;
  inspectionDate: string | null;
  inspectionEndDate: string | null;
  publicationDate: string;
  overall: Grade;
  /** Sub-judgements by column name (ilacs_* or sif_*), only those judged. */
  judgements: Record<string, Grade>;
  reportUrl: string;
  source: "official" | "unofficial";
  sourceFile: string;
  note: string;
}

const SUB_COLUMNS = [
  "ilacs_impact_of_leaders",
  "ilacs_help_and_protection",
  "ilacs_children_in_care",
  "ilacs_care_leavers",
  "sif_help_and_protection",
  "sif_looked_after_and_permanence",
  "sif_adoption",
  "sif_care_leavers",
  "sif_leadership",
  "sif_lscb",
] as const;
let index: { all: Inspection[]; bySlug: Map<string, Inspection[]> } | null = null;

function build(): NonNullable<typeof index> {
  const all = readRows("inspections").map((r): Inspection => {
    const judgements: Record<string, Grade> = {};
    for (const k of SUB_COLUMNS) {
      const v = r[k];
      if (v !== "") judgements[k] = v;
    }
    return {
      id: r.id,
      councilSlug: r.council_slug,
      framework: r.framework,
      type: r.type,
      inspectionDate: r.inspection_date || null,
      inspectionEndDate: r.inspection_end_date || null,
      publicationDate: r.publication_date,
      overall: r.overall,
      judgements,
      reportUrl: r.report_url,
      source: r.source,
      sourceFile: r.source_file,
      note: r.note,
    };
  });
  // Publication date: the one date every framework gives (SIF rows have no inspection date).
  const key = (i: Inspection): string => i.publicationDate;
  all.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : 1));
  const bySlug = new Map<string, Inspection[]>();
  for (const i of all) bySlug.set(i.councilSlug, [...(bySlug.get(i.councilSlug) ?? []), i]);
  return { all, bySlug };
}

const idx = (): NonNullable<typeof index> => (index ??= build());

/** Every inspection, sorted by publication date. */
export const allInspections = (): readonly Inspection[] => idx().all;

/** The council's inspections, oldest first. */
export const inspectionsFor = (slug: string): readonly Inspection[] => idx().bySlug.get(slug) ?? [];

/** The council's most recent inspection, or undefined. */
export const latestInspection = (slug: string): Inspection | undefined => idx().bySlug.get(slug)?.at(-1);
