/**
 * Column lists and descriptions for the three written tables. Each `.meta.json` carries a `columns` object
 * built from these, so every column is described; write.ts refuses to write a column that is not described here.
 */

const ARTICLES_LICENCE =
  "The article words and reader comments are short quotations from copyright news articles, used under fair dealing " +
  "for criticism, review and quotation (Copyright, Designs and Patents Act 1988, s.30) with attribution to the " +
  "publication, title and commenter named in each row. They are not licensed for reuse.";
const OGL =
  "Official values: Department for Education, Children's social work workforce (reporting year 2025), Open Government " +
  "Licence v3.0. Contains public sector information licensed under the Open Government Licence v3.0.";

/** Shared licence block. */
export const LICENCE = { articles: ARTICLES_LICENCE, official_values: OGL };

/** reported_figures.csv columns, in order. */
export const FIGURE_COLUMNS: Record<string, string> = {
  id: "Stable id of the reported figure (council-year-what).",
  council_slug: "Council the figure is about (slug in councils.csv); blank for England or no council named.",
  council_name: "Council name from councils.csv; blank when council_slug is blank.",
  measure:
    "DfE measure the figure corresponds to: caseload_fte, agency_rate_fte, vacancy_rate_fte, turnover_rate_fte, starters (new social workers; DfE counts them over the twelve months to 30 September), or other.",
  words: "The words used, quoted verbatim from the article (checked against the article file, whitespace-normalised).",
  value_low: "Lowest value the words can mean, under the rule in `interpretation`.",
  value_high: "Highest value the words can mean (equal to value_low for a single figure).",
  interpretation: 'How the words were turned into value_low-value_high, e.g. "mid 20s" read as 24-26.',
  scope: "What the figure describes: council-wide average, team, individual, target or other.",
  stated_by:
    "Who stated it, according to the article: Ofsted report, council, article, union or other (e.g. a reader).",
  stated_date:
    "When the figure applied (ISO; YYYY-MM when only the month is known). Worked out from the article when not printed.",
  stated_date_precision: 'day, month, year, or "upper bound" (the figure applied on or before stated_date).',
  date_basis: "How stated_date was worked out.",
  note: "Editor's note on the row, if any.",
  source_id: "Article the figure is from (id in sources.csv).",
  official_before_year:
    'Year of the DfE 30 September count on or before stated_date; "none" when stated_date predates the first count. Blank when not looked up (no council, or measure other).',
  official_before:
    "Official DfE value of `measure` for the council at that count; blank when none, not looked up, or not published.",
  official_before_status:
    'DfE status of that value (symbol or status as in workforce.csv; "no row" when DfE has no row for the council that year; "none" outside the series).',
  official_after_year:
    'Year of the DfE 30 September count on or after stated_date; "none" when stated_date is after the latest count.',
  official_after: "Official DfE value at that count, as official_before.",
  official_after_status: "DfE status of that value, as official_before_status.",
  verdict_kind: "matches, differs, or cannot be checked.",
  verdict:
    'Plain verdict: "matches", "close to none (N%)" (a claim of none where the official value only rounds to none), "differs by N" (gap to the nearer count, 1 decimal place), or "cannot be checked: reason".',
  difference:
    "Official value subtracted from the nearer end of the reported range, at the compared count (positive: reported figure higher); 0 when it matches; blank when it cannot be checked.",
  compared_year: "Count year the verdict rests on (the count giving the smaller gap); blank when it cannot be checked.",
};

/** testimony.csv columns, in order. */
export const TESTIMONY_COLUMNS: Record<string, string> = {
  id: "Stable id, not built from the name: the source article's id and the comment's place among those recorded from it (c1, c2, ...).",
  name: "Commenter name exactly as published (untrusted text: escape when rendering); blank for submitted figures, which are published without names.",
  date: "Comment date (ISO), as printed beside the comment.",
  council_slug:
    "Council the commenter says they worked for, if stated; otherwise blank (see the source's council_slugs for the article's subject).",
  caseload_low: "Lowest caseload the commenter states for their own caseload, if any.",
  caseload_high:
    "Highest caseload the commenter states for their own caseload, if any (blank when they gave only a floor).",
  team_low: "Lowest caseload the commenter states for their team, if any (kept apart from their own).",
  team_high: "Highest caseload the commenter states for their team, if any.",
  team_words: "The commenter's own words for the team figure (e.g. mid 40s), shown instead of team_low-team_high.",
  interpretation: "How the commenter's words were turned into caseload_low-caseload_high and team_low-team_high.",
  role: "Role the commenter states, if any.",
  kind: "first-hand (describes their own caseload or workplace), opinion (a view or question about caseloads), or submitted (a figure a social worker sent the editors directly, published with consent after moderation).",
  quote:
    "Short verbatim quotation from the comment (under 40 words; checked against the article file). Untrusted text, stored as published.",
  source_id: "Article the comment is under (id in sources.csv); blank for submitted figures.",
  team_type: "Submitted figures: the kind of team, in general words (e.g. assessment, child protection).",
  cases: "Submitted figures: cases the sender held.",
  fte: "Submitted figures: the sender's FTE (full time = 1).",
  consent: 'Submitted figures: "yes", the sender agreed to publication without their name.',
  moderated:
    'Submitted figures: "yes", an editor checked and anonymised the row (rows not yet moderated are not written).',
};

/** sources.csv columns, in order. */
export const SOURCE_COLUMNS: Record<string, string> = {
  id: "Stable id of the article.",
  publication: "Publication name.",
  publication_basis: "Where the publication name comes from (printed in the file, or identified otherwise).",
  title: "Headline, verbatim.",
  date: "Publication date (ISO; YYYY-MM when only the month is known).",
  date_precision: "day or month (how exact `date` is).",
  date_basis: "How the date was worked out: none of the article files prints its date.",
  url: "Address printed in the article file (blank: none is printed).",
  located_url:
    "Address of a copy of the same text found online, used to confirm the date or publication; not printed in the file.",
  file: "Article text file in the sources folder.",
  council_slugs: 'Councils the article reports on, ";"-joined slugs.',
  figures: "Number of rows of reported_figures.csv from this article.",
  testimonies: "Number of rows of testimony.csv from this article.",
};

/** Caveats shared by the three tables. */
export const CAVEATS = [
  "DfE caseload_fte is a council-wide average (cases held by FTE social workers, agency staff included, divided by FTE case-holding social workers) at 30 September. Figures in news reports often describe particular teams or in-year counts, so a difference is not by itself an error.",
  "A figure matches when the official value, rounded to the precision the figure was stated at, lies in value_low-value_high; otherwise the gap is measured to the nearer count either side of the statement.",
  "Dates not printed in the articles were worked out from their text (see date_basis), helped by Ofsted publication dates and located copies of the articles.",
  "Reader comments are unverified testimony, kept as published; caseload ranges in them are the commenter's own account.",
  "Rows of the curated tables not written here (no figure stated, a repeat of another row, a comment not about caseloads) are listed in src/pipeline/curated/ with their reason.",
];
