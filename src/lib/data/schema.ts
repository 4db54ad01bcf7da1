/**
 * The contract of data/: one zod schema per tidy table (its columns, in order, and what each cell may hold) plus
 * the row rules of rules.ts. The pipeline writes through these (src/pipeline validates every table it wrote before
 * replacing data/), and the build reads through them (load.ts), so a hand edit that breaks a rule stops the build
 * with `data/<table>.csv, line N, column "C": reason`.
 */
import { z } from "astro/zod";
import { DataError } from "./errors.ts";
import type { Table } from "./csv.ts";
import {
  DECIMAL,
  DFE_SYMBOLS,
  NEWS_HOSTS,
  REPORT_HOSTS,
  VALUE_COLUMNS,
  inspectionDateProblems,
  linkProblem,
  today,
  workforceProblems,
  type Problem,
  type ValueColumn,
} from "./rules.ts";

const s = z.string();
const blankOr = (re: RegExp, message: string): z.ZodString => s.regex(new RegExp(`^(${re.source})?$`), message);
const SLUG = /[a-z0-9]+(-[a-z0-9]+)*/;
const slug = s.regex(new RegExp(`^${SLUG.source}$`), "must be a kebab-case slug");
const slugOrBlank = blankOr(SLUG, "must be a kebab-case slug or blank");
const slugList = blankOr(new RegExp(`${SLUG.source}(;${SLUG.source})*`), 'must be ";"-joined slugs');
const isoDate = s.regex(/^\d{4}-\d{2}-\d{2}$/, "must be an ISO date YYYY-MM-DD").refine((d) => {
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(d);
}, "is not a real calendar date");
const isoDateOrBlank = z.union([z.literal(""), isoDate], { message: "must be an ISO date or blank" });
const isoPartial = s.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
const decimalOrBlank = blankOr(/-?\d+(\.\d+)?/, "must be a plain decimal number or blank");
const countOrBlank = blankOr(/\d+/, "must be a whole number or blank");
const year = s.regex(/^20\d\d$/, "must be a year 20YY");
const bool = z.enum(["true", "false"], { message: 'must be "true" or "false"' });
const GRADES = ["Outstanding", "Good", "Requires improvement", "Inadequate"] as const;
const grade = z.enum(GRADES, { message: `must be one of ${GRADES.join(", ")}` });
const gradeOrBlank = z.enum([...GRADES, ""], { message: `must be one of ${GRADES.join(", ")} or blank` });
const onsCode = s.regex(/^E\d{8}$/, "must be an ONS code E + 8 digits");
const link = (hosts: readonly string[]) =>
  s.superRefine((url, ctx) => {
    const why = url === "" ? "" : linkProblem(url, hosts);
    if (why !== "") ctx.addIssue({ code: "custom", message: why });
  });

/** Add rule problems to a zod refinement context. */
const report = (ctx: z.RefinementCtx, problems: readonly Problem[]): void => {
  for (const p of problems) ctx.addIssue({ code: "custom", path: [p.column], message: p.reason });
};

/** data/councils.csv */
const councils = z
  .object({
    slug,
    name: s.min(1, "must not be blank"),
    // DfE's codes have 3 digits; the benchmark's synthetic copies (src/bench/synthetic.ts) prefix the copy number.
    dfe_code: s.regex(/^\d{3,5}$/, "must be a DfE 3-digit code (or a synthetic copy's)"),
    ons_code: onsCode,
    ons_codes: s.regex(/^E\d{8}:(\d{4}-(\d{4})?)?(;E\d{8}:\d{4}-(\d{4})?)*$/, "must be CODE:FROM-TO;..."),
    dfe_name: s,
    ofsted_name: s,
    region_code: s.regex(/^E12\d{6}$/, "must be an E12 region code"),
    region_name: s.min(1, "must not be blank"),
    dfe_region_code: s.regex(/^E1[23]\d{6}$/, "must be an E12/E13 region code"),
    type: z.enum(["London Borough", "Metropolitan District", "Unitary Authority", "County"]),
    status: z.enum(["current", "former"]),
    valid_from: isoDateOrBlank,
    valid_to: isoDateOrBlank,
    predecessors: slugList,
    successors: slugList,
    joint_partners: slugList,
    stat_neighbours: slugList,
    stat_neighbours_source: s.min(1, "must name the list's source"),
    districts: s,
    former_districts: s,
    hex_code: blankOr(/E\d{8}/, "must be an ONS code or blank"),
  })
  .superRefine((r, ctx) => {
    if ((r.status === "former") !== (r.valid_to !== ""))
      ctx.addIssue({ code: "custom", path: ["valid_to"], message: "a former council (only) has a valid_to date" });
  });

const valueCell = s.refine(
  (v) => v === "" || DECIMAL.test(v),
  "must be a plain non-negative decimal (no sign, no exponent) or blank",
);
const statusCell = z.enum(["", ...Object.keys(DFE_SYMBOLS)], {
  message: `must be blank or a DfE symbol (${Object.keys(DFE_SYMBOLS).join(", ")})`,
});
const valueShape: Record<string, z.ZodType<string>> = {};
for (const c of VALUE_COLUMNS) {
  valueShape[c] = valueCell;
  valueShape[`${c}_status`] = statusCell;
}

/** data/workforce.csv */
const workforce = z
  .object({
    time_period: year,
    geographic_level: z.enum(["National", "Regional", "Local authority"]),
    region_code: blankOr(/E1[23]\d{6}/, "must be an E12/E13 code or blank"),
    region_name: s,
    old_la_code: blankOr(/\d{3,5}( \/ \d{3,5})*/, "must be DfE 3-digit code(s)"),
    new_la_code: blankOr(/E\d{8}( \/ E\d{8})*/, "must be ONS code(s)"),
    la_name: s,
    ...(valueShape as Record<ValueColumn | `${ValueColumn}_status`, z.ZodType<string>>),
    council_slugs: slugList,
    joint: bool,
  })
  .superRefine((r, ctx) => {
    const row = r as Record<string, string>;
    if (Number(r.time_period) > Number(today().slice(0, 4)))
      ctx.addIssue({ code: "custom", path: ["time_period"], message: `year ${r.time_period} is in the future` });
    const values: Partial<Record<ValueColumn, number | null>> = {};
    for (const c of VALUE_COLUMNS) {
      const v = row[c] ?? "";
      const st = row[`${c}_status`] ?? "";
      if ((v === "") === (st === ""))
        ctx.addIssue({ code: "custom", path: [c], message: "exactly one of the value and its _status must be set" });
      values[c] = v === "" ? null : Number(v);
    }
    report(ctx, workforceProblems(r.geographic_level, values));
    const slugs = r.council_slugs === "" ? [] : r.council_slugs.split(";");
    if ((r.geographic_level === "Local authority") !== slugs.length > 0)
      ctx.addIssue({ code: "custom", path: ["council_slugs"], message: "council rows (only) name their councils" });
    if ((r.joint === "true") !== slugs.length > 1)
      ctx.addIssue({ code: "custom", path: ["joint"], message: "joint must be true exactly when two councils share the row" });
  });

/** data/inspections.csv */
const inspections = z
  .object({
    id: slug,
    council_slug: slug,
    framework: z.enum(["SIF", "ILACS"]),
    type: z.enum(["SIF", "SIF re-inspection", "ILACS standard", "ILACS short", "ILACS (type not recorded)"]),
    inspection_date: isoDateOrBlank,
    inspection_end_date: isoDateOrBlank,
    publication_date: isoDate,
    overall: grade,
    ilacs_impact_of_leaders: gradeOrBlank,
    ilacs_help_and_protection: gradeOrBlank,
    ilacs_children_in_care: gradeOrBlank,
    ilacs_care_leavers: gradeOrBlank,
    sif_help_and_protection: gradeOrBlank,
    sif_looked_after_and_permanence: gradeOrBlank,
    sif_adoption: gradeOrBlank,
    sif_care_leavers: gradeOrBlank,
    sif_leadership: gradeOrBlank,
    sif_lscb: gradeOrBlank,
    report_url: link(REPORT_HOSTS),
    source: z.enum(["official", "unofficial"]),
    source_file: s.min(1, "must name the raw file"),
    note: s,
  })
  .superRefine((r, ctx) => {
    report(ctx, inspectionDateProblems(r.framework, r));
    if (!r.type.startsWith(r.framework))
      ctx.addIssue({ code: "custom", path: ["type"], message: `type "${r.type}" is not a ${r.framework} type` });
  });

const MEASURES = ["caseload_fte", "agency_rate_fte", "vacancy_rate_fte", "turnover_rate_fte", "starters", "other"] as const;
const PRECISIONS = ["day", "month", "year", "upper bound"] as const;
const officialYear = blankOr(/20\d\d|none/, 'must be a year, "none" or blank');
const officialStatus = z.enum(["", "none", ...Object.keys(DFE_SYMBOLS)]);

/** data/reported_figures.csv */
const reportedFigures = z.object({
  id: slug,
  council_slug: slugOrBlank,
  council_name: s,
  measure: z.enum(MEASURES),
  words: s.min(1, "must not be blank"),
  value_low: decimalOrBlank,
  value_high: decimalOrBlank,
  interpretation: s,
  scope: z.enum(["council-wide average", "team", "individual", "target", "other"]),
  stated_by: z.enum(["Ofsted report", "council", "article", "union", "other"]),
  stated_date: isoPartial,
  stated_date_precision: z.enum(PRECISIONS),
  date_basis: s,
  note: s,
  source_id: slug,
  official_before_year: officialYear,
  official_before: decimalOrBlank,
  official_before_status: officialStatus,
  official_after_year: officialYear,
  official_after: decimalOrBlank,
  official_after_status: officialStatus,
  verdict_kind: z.enum(["matches", "differs", "cannot be checked"]),
  verdict: s.min(1, "must not be blank"),
  difference: decimalOrBlank,
  compared_year: blankOr(/20\d\d/, "must be a year or blank"),
});

/** data/testimony.csv */
const testimony = z.object({
  id: slug,
  name: s.min(1, "must not be blank"),
  date: isoDate.refine((d) => d <= today(), "is after today"),
  council_slug: slugOrBlank,
  caseload_low: countOrBlank,
  caseload_high: countOrBlank,
  /** The team's caseload the commenter gives, kept apart from their own. */
  team_low: countOrBlank,
  team_high: countOrBlank,
  /** The commenter's own words for the team figure ("mid 40s"). */
  team_words: s,
  interpretation: s,
  role: s,
  kind: z.enum(["first-hand", "opinion", "submitted"]),
  quote: s.min(1, "must not be blank"),
  source_id: slug,
  /** Submitted figures only (sent to the editors, published without names): the kind of team, in general words. */
  team_type: s,
  /** Submitted figures only: cases the sender holds. */
  cases: countOrBlank,
  /** Submitted figures only: the sender's FTE. */
  fte: decimalOrBlank,
  /** Submitted figures only: "yes" is the sender's consent to publish without a name. */
  consent: z.enum(["yes", "no", ""]),
  /** Submitted figures only: "yes" once moderated. */
  moderated: z.enum(["yes", "no", ""]),
});

/** data/sources.csv */
const sources = z.object({
  id: slug,
  publication: s.min(1, "must not be blank"),
  publication_basis: s,
  title: s.min(1, "must not be blank"),
  date: isoPartial,
  date_precision: z.enum(PRECISIONS),
  date_basis: s,
  url: link(NEWS_HOSTS),
  located_url: link(NEWS_HOSTS),
  file: s.regex(/^[^/\\]+\.txt$/, "must be a .txt file name"),
  council_slugs: slugList,
  figures: countOrBlank,
  testimonies: countOrBlank,
});

/** The schema of every tidy table the pipeline writes and the build reads. */
export const SCHEMAS = {
  councils,
  workforce,
  inspections,
  reported_figures: reportedFigures,
  testimony,
  sources,
} as const;
/** A tidy table's name. */
export type TableName = keyof typeof SCHEMAS;
/** One validated row of a table. */
export type RowOf<T extends TableName> = z.infer<(typeof SCHEMAS)[T]>;

/** A table's columns, in order: the schema's keys (the one place a column name is written). */
export const columnsOf = (name: TableName): string[] => Object.keys(SCHEMAS[name].shape);

/** Validate a parsed table: exact header, then every row; the first problem becomes a DataError. */
export function validateTable<T extends TableName>(name: T, table: Table): RowOf<T>[] {
  const columns = columnsOf(name);
  const missing = columns.find((c) => !table.fields.includes(c));
  if (missing !== undefined) throw new DataError(table.file, 1, missing, "required column is missing from the header");
  const extra = table.fields.find((f) => !columns.includes(f));
  if (extra !== undefined) throw new DataError(table.file, 1, extra, "unexpected column (not in the schema)");
  if (table.fields.join(",") !== columns.join(","))
    throw new DataError(table.file, 1, null, `columns are out of order (expected ${columns.join(",")})`);
  const schema = SCHEMAS[name] as unknown as z.ZodType<RowOf<T>>;
  return table.rows.map((row, i) => {
    const result = schema.safeParse(row);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    const column = issue && issue.path.length > 0 ? String(issue.path[0]) : null;
    const cell = column === null ? "" : ` (cell "${(row[column] ?? "").slice(0, 60)}")`;
    throw new DataError(table.file, table.lines[i] ?? null, column, `${issue?.message ?? "invalid row"}${cell}`);
  });
}
