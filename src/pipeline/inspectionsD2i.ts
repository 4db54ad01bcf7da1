/**
 * Unofficial Data to Insight scrape of Ofsted ILACS reports: kept only for inspections published after
 * the official file's cut-off (31 Mar 2025), flagged source=unofficial.
 */
import type { Table } from "./lib/csv.ts";
import { PipelineError } from "./lib/errors.ts";
import { cell, text } from "./lib/cells.ts";
import { parseGrade, parseOptionalGrade, parseDmyDate } from "./lib/values.ts";
import type { Registry } from "./councils.ts";
import {
  INSPECTION_COLUMNS,
  addRow,
  checkDates,
  inspectionId,
  reportLink,
  type InspectionRow,
  type Parsed,
} from "./inspectionsIlacs.ts";

/** Last publication date the official Ofsted statistics are definitive for. */
const OFFICIAL_CUTOFF = "2025-03-31";

/** Columns the scrape parser needs. */
export const D2I_REQUIRED = [
  "la_code",
  "local_authority",
  "inspection_link",
  "overall_effectiveness_grade",
  "inspection_framework",
  "inspection_start_date",
  "inspection_end_date",
  "publication_date",
  "impact_of_leaders_grade",
  "help_and_protection_grade",
  "in_care_grade",
  "care_leavers_grade",
] as const;

const TYPES: Readonly<Record<string, string>> = {
  short: "ILACS short",
  standard: "ILACS standard",
  None: "ILACS (type not recorded)",
};

/** Parse the scrape; `official` holds "slug|publication_date" keys already in the official history. */
export function parseD2i(t: Table, reg: Registry, official: ReadonlySet<string>): Parsed {
  const out: Parsed = { rows: [], excluded: new Map() };
  const skip = (reason: string): void => void out.excluded.set(reason, (out.excluded.get(reason) ?? 0) + 1);
  t.rows.forEach((_, i) => {
    const code = text(t, i, "la_code");
    const c = reg.byDfe.get(code);
    if (!c) throw new PipelineError(t.file, t.lines[i] ?? null, "la_code", `unknown council code "${code}"`);
    const grade = text(t, i, "overall_effectiveness_grade");
    if (grade === "" || grade === "nan") {
      skip("no overall grade parsed by the scrape");
      return;
    }
    const r = Object.fromEntries(INSPECTION_COLUMNS.map((k) => [k, ""])) as InspectionRow;
    r.council_slug = c.slug;
    r.framework = "ILACS";
    r.type = cell(t, i, "inspection_framework", (s) => {
      const v = TYPES[s];
      if (v === undefined) throw new Error(`unknown inspection framework "${s}"`);
      return v;
    });
    // Some scraped rows lack inspection dates (e.g. Brighton and Hove): keep them blank, not guessed.
    const optionalDate = (s: string): string => (s === "" ? "" : parseDmyDate(s));
    r.inspection_date = cell(t, i, "inspection_start_date", optionalDate);
    r.inspection_end_date = cell(t, i, "inspection_end_date", optionalDate);
    r.publication_date = cell(t, i, "publication_date", parseDmyDate);
    r.overall = cell(t, i, "overall_effectiveness_grade", parseGrade);
    checkDates(t, i, r, {
      inspection_date: "inspection_start_date",
      inspection_end_date: "inspection_end_date",
      publication_date: "publication_date",
    });
    if (official.has(`${c.slug}|${r.publication_date}`)) {
      skip("already in the official ILACS history");
      return;
    }
    if (r.publication_date <= OFFICIAL_CUTOFF) {
      skip(`published by ${OFFICIAL_CUTOFF} but not in the official history (official file is definitive up to then)`);
      return;
    }
    r.ilacs_impact_of_leaders = cell(t, i, "impact_of_leaders_grade", parseOptionalGrade);
    r.ilacs_help_and_protection = cell(t, i, "help_and_protection_grade", parseOptionalGrade);
    r.ilacs_children_in_care = cell(t, i, "in_care_grade", parseOptionalGrade);
    r.ilacs_care_leavers = cell(t, i, "care_leavers_grade", parseOptionalGrade);
    r.report_url = reportLink(t, i, "inspection_link");
    r.source = "unofficial";
    r.source_file = t.file;
    r.note = "Unofficial: scraped by Data to Insight from the Ofsted report; not an Ofsted statistical release.";
    r.id = inspectionId(r);
    addRow(out, t, i, r);
  });
  return out;
}
