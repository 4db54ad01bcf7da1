/**
 * Parsers for the three Ofsted inputs. Each takes a parsed Table and the council registry, and returns
 * inspection rows plus the rows it excluded (with reasons), so nothing disappears unaccounted.
 */
import type { Table } from "./lib/csv.ts";
import { PipelineError } from "./lib/errors.ts";
import { cell, text } from "./lib/cells.ts";
import { parseGrade, parseOptionalGrade, parseIsoDate } from "./lib/values.ts";
import type { CouncilRow, Registry } from "./councils.ts";
import { columnsOf, type RowOf } from "../lib/data/schema.ts";
import { REPORT_HOSTS, inspectionDateProblems, linkProblem } from "../lib/data/rules.ts";

/** Columns of data/inspections.csv, in order: the schema's (src/lib/data/schema.ts). */
export const INSPECTION_COLUMNS = columnsOf("inspections") as (keyof RowOf<"inspections">)[];
/** One row of data/inspections.csv. */
export type InspectionRow = Record<keyof RowOf<"inspections">, string>;

/** A parse result: rows kept, and counts of exclusions by reason. */
export interface Parsed {
  rows: InspectionRow[];
  excluded: Map<string, number>;
}

const blank = (): InspectionRow => Object.fromEntries(INSPECTION_COLUMNS.map((c) => [c, ""])) as InspectionRow;

/**
 * A report link as published: Ofsted's own http links upgraded to https; anything else must be https on Ofsted's
 * hosts (a javascript: or data: link, or another host, stops the run). Blank stays blank.
 */
export function reportLink(t: Table, i: number, column: string): string {
  const raw = text(t, i, column);
  if (raw === "") return "";
  const url = raw.replace(/^http:\/\/((reports|files)\.ofsted\.gov\.uk)\//i, "https://$1/");
  const why = linkProblem(url, REPORT_HOSTS);
  if (why !== "") throw new PipelineError(t.file, t.lines[i] ?? null, column, why);
  return url;
}

/** Check an inspection's dates (order, framework span, not after today), naming the raw column at fault. */
export function checkDates(t: Table, i: number, r: InspectionRow, rawColumns: Partial<Record<string, string>>): void {
  const framework = r.framework === "SIF" ? "SIF" : "ILACS";
  const [p] = inspectionDateProblems(framework, r);
  if (p) throw new PipelineError(t.file, t.lines[i] ?? null, rawColumns[p.column] ?? p.column, p.reason);
}

/** Add a row, stopping at a second inspection with the same id (same council, date and type) in the file. */
export function addRow(out: Parsed, t: Table, i: number, r: InspectionRow): void {
  const line = t.lines[i] ?? null;
  const prev = out.rows.findIndex((x) => x.id === r.id);
  if (prev >= 0)
    throw new PipelineError(
      t.file,
      line,
      null,
      `duplicate inspection ${r.id} (same council, publication date and type as an earlier row)`,
    );
  out.rows.push(r);
}

/** Stable id: slug, publication date and type, e.g. "walsall-2021-11-26-ilacs-standard". */
export const inspectionId = (r: InspectionRow): string =>
  `${r.council_slug}-${r.publication_date}-${r.type
    .toLowerCase()
    .replace(/[^a-z]+/g, "-")
    .replace(/-$/, "")}`;

const ILACS_TYPES: Readonly<Record<string, string>> = {
  "ILACS Standard Inspection": "ILACS standard",
  "ILACS Short Inspection": "ILACS short",
};

/** Note for a row filed under an ONS code the council only took later (Somerset 2022 under E06000066). */
function codeNote(c: CouncilRow, code: string, date: string): string {
  const span = c.ons_codes.split(";").find((p) => p.startsWith(`${code}:`));
  const from = Number(span?.split(":")[1]?.split("-")[0] ?? "0");
  return from > 0 && Number(date.slice(0, 4)) < from
    ? `Ofsted files this inspection under ${code}, a code ${c.name} took in ${String(from)}; it inspected the council before that change.`
    : "";
}

/** Official ILACS history (Ofsted, as at 31 March 2025): every row kept, joined on the ONS code. */
export function parseIlacsHistory(t: Table, reg: Registry): Parsed {
  const out: Parsed = { rows: [], excluded: new Map() };
  t.rows.forEach((_, i) => {
    const code = text(t, i, "Local authority area code");
    const c = reg.byOns.get(code);
    if (!c)
      throw new PipelineError(
        t.file,
        t.lines[i] ?? null,
        "Local authority area code",
        `unknown council code "${code}"`,
      );
    const r = blank();
    r.council_slug = c.slug;
    r.framework = "ILACS";
    r.type = cell(t, i, "Inspection type", (s) => {
      const v = ILACS_TYPES[s];
      if (v === undefined) throw new Error(`unknown inspection type "${s}"`);
      return v;
    });
    r.inspection_date = cell(t, i, "Inspection date", parseIsoDate);
    r.publication_date = cell(t, i, "Publication date", parseIsoDate);
    checkDates(t, i, r, { inspection_date: "Inspection date", publication_date: "Publication date" });
    r.overall = cell(t, i, "Overall effectiveness", parseGrade);
    r.ilacs_impact_of_leaders = cell(
      t,
      i,
      "The impact of leaders on social work practice with children and families",
      parseOptionalGrade,
    );
    r.ilacs_help_and_protection = cell(
      t,
      i,
      "The experiences and progress of children who need help and protection",
      parseOptionalGrade,
    );
    r.ilacs_children_in_care = cell(t, i, "The experiences and progress of children in care", parseOptionalGrade);
    r.ilacs_care_leavers = cell(t, i, "The experiences and progress of care leavers", parseOptionalGrade);
    r.report_url = reportLink(t, i, "Web link URL");
    r.source = "official";
    r.source_file = t.file;
    r.note = codeNote(c, code, r.inspection_date);
    r.id = inspectionId(r);
    addRow(out, t, i, r);
  });
  return out;
}
