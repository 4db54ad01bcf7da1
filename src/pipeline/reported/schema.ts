/**
 * Row schemas for the three curated tables under src/pipeline/curated/. Every cell arrives as a string from
 * papaparse; the schemas trim, check enums and dates, and turn number cells into numbers (or null when blank).
 */
import { z } from "astro/zod";
import { NEWS_HOSTS, linkProblem } from "../../lib/data/rules.ts";

/**
 * DfE measures a reported figure can be checked against; "starters" for new social workers (DfE counts starters over
 * the twelve months to 30 September); "other" for figures with no DfE counterpart.
 */
const MEASURES = [
  "caseload_fte",
  "agency_rate_fte",
  "vacancy_rate_fte",
  "turnover_rate_fte",
  "starters",
  "other",
] as const;
/** What a figure describes: only a council-wide average is comparable with the DfE series. */
const SCOPES = ["council-wide average", "team", "individual", "target", "other"] as const;
/** Who the article says stated the figure. */
const STATED_BY = ["Ofsted report", "council", "article", "union", "other"] as const;
/** How exact a date is: "upper bound" means the event happened on or before it. */
const PRECISIONS = ["day", "month", "year", "upper bound"] as const;

export type Measure = (typeof MEASURES)[number];
export type Scope = (typeof SCOPES)[number];

const text = z.string().trim();
const required = text.min(1, "must not be blank");
const slug = text.regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, "must be a kebab-case council slug or blank");
const id = text.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a kebab-case id");
const isoDay = text
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be an ISO date YYYY-MM-DD")
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    "is not a real calendar date",
  );
const isoPartial = text.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
const optionalNumber = text.transform((s, ctx) => {
  if (s === "") return null;
  const n = Number(s);
  if (!Number.isFinite(n)) {
    ctx.addIssue({ code: "custom", message: `"${s}" is not a number` });
    return z.NEVER;
  }
  return n;
});

/** An article link: blank, or https on a quoted publisher's host (the same rule data/sources.csv is read with). */
const newsLink = text.superRefine((s, ctx) => {
  const why = s === "" ? "" : linkProblem(s, NEWS_HOSTS);
  if (why !== "") ctx.addIssue({ code: "custom", message: why });
});

/** sources.csv: one row per article file. */
export const sourceSchema = z.object({
  id,
  file: text.regex(/^[^/\\]+\.txt$/, "must be a .txt file name inside the sources folder"),
  publication: required,
  publication_basis: text,
  title: required,
  date: isoPartial,
  date_precision: z.enum(PRECISIONS),
  date_basis: text,
  url: newsLink,
  located_url: newsLink,
  council_slugs: text.regex(/^([a-z0-9-]+(;[a-z0-9-]+)*)?$/, 'must be ";"-joined slugs'),
});

/** reported_figures.csv: every caseload or workforce figure (or figure-less claim) in the articles. */
export const figureSchema = z
  .object({
    id,
    council_slug: slug,
    measure: z.enum(MEASURES),
    words: required,
    value_low: optionalNumber,
    value_high: optionalNumber,
    interpretation: required,
    scope: z.enum(SCOPES),
    stated_by: z.enum(STATED_BY),
    stated_date: isoPartial,
    stated_date_precision: z.enum(PRECISIONS),
    date_basis: text,
    repeats: text,
    note: text,
    source_id: id,
  })
  .superRefine((row, ctx) => {
    if ((row.value_low === null) !== (row.value_high === null))
      ctx.addIssue({
        code: "custom",
        path: ["value_high"],
        message: "value_low and value_high must both be set or both blank",
      });
    if (row.value_low !== null && row.value_high !== null && row.value_low > row.value_high)
      ctx.addIssue({ code: "custom", path: ["value_high"], message: "value_high is below value_low" });
  });

/** testimony.csv: every reader comment, with `excluded` holding the reason when it is not testimony; and figures
 * social workers submitted directly (kind "submitted": no name, no article, published only with consent and after
 * moderation, see the README). */
export const testimonySchema = z
  .object({
    id,
    name: text,
    date: isoDay,
    council_slug: slug,
    caseload_low: optionalNumber,
    caseload_high: optionalNumber,
    /** The caseload the commenter gives for their team, kept apart from their own (caseload_low-caseload_high). */
    team_low: optionalNumber,
    team_high: optionalNumber,
    /** The commenter's own words for the team figure ("mid 40s"), shown instead of the numbers read from them. */
    team_words: text,
    interpretation: text,
    role: text,
    kind: z.enum(["first-hand", "opinion", "submitted", ""]),
    quote: text.refine((s) => s.split(/\s+/).length < 40, "quote must be under 40 words"),
    excluded: text,
    source_id: text.regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, "must be a kebab-case id or blank"),
    /** Submitted figures: the kind of team (assessment, child protection, ...), in general words. */
    team_type: text,
    /** Submitted figures: cases the sender holds. */
    cases: optionalNumber,
    /** Submitted figures: the sender's FTE (0.1 to 1). */
    fte: optionalNumber,
    /** Submitted figures: "yes" when the sender agreed to publication without their name. */
    consent: z.enum(["yes", "no", ""]),
    /** Submitted figures: "yes" once an editor has checked and anonymised the row. */
    moderated: z.enum(["yes", "no", ""]),
  })
  .superRefine((row, ctx) => {
    const issue = (path: string, message: string): void => {
      ctx.addIssue({ code: "custom", path: [path], message });
    };
    if (row.excluded === "" && row.kind === "")
      issue("kind", "kept testimony needs a kind (first-hand, opinion or submitted)");
    if (row.caseload_low !== null && row.caseload_high !== null && row.caseload_low > row.caseload_high)
      issue("caseload_high", "caseload_high is below caseload_low");
    if (row.team_low !== null && row.team_high !== null && row.team_low > row.team_high)
      issue("team_high", "team_high is below team_low");
    if (row.kind !== "submitted") {
      if (row.name === "") issue("name", "must not be blank");
      if (row.quote === "") issue("quote", "must not be blank");
      if (row.source_id === "") issue("source_id", "must not be blank");
      return;
    }
    if (row.name !== "") issue("name", "a submitted figure is published without a name: leave it blank");
    if (row.consent !== "yes") issue("consent", 'a submitted figure needs the sender\'s consent ("yes")');
    if (row.cases === null || row.cases <= 0) issue("cases", "a submitted figure needs the cases held (above 0)");
    if (row.fte === null || row.fte < 0.1 || row.fte > 1) issue("fte", "a submitted figure needs an FTE from 0.1 to 1");
    if (row.moderated === "") issue("moderated", 'say whether the row has been moderated ("yes" or "no")');
  });

export type SourceRow = z.infer<typeof sourceSchema>;
export type FigureRow = z.infer<typeof figureSchema>;
export type TestimonyRow = z.infer<typeof testimonySchema>;
/** A validated row with the 1-based line it came from (header = line 1). */
export interface Lined<T> {
  line: number;
  row: T;
}
