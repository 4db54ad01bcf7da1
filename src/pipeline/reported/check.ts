/**
 * Check step: every quote occurs verbatim in its article, every id is unique, every reference resolves and
 * every council slug exists in councils.csv. Any failure stops the pipeline with file, line and column.
 */
import { PipelineError } from "../lib/errors.ts";
import type { Curated } from "./load.ts";
import type { Lined } from "./schema.ts";

const FIGURES = "src/pipeline/curated/reported_figures.csv";
const TESTIMONY = "src/pipeline/curated/testimony.csv";
const SOURCES = "src/pipeline/curated/sources.csv";

/** Collapse every run of whitespace (including non-breaking spaces and line breaks) to one space, and trim. */
const normaliseSpace = (s: string): string => s.replace(/[\s\u00a0]+/g, " ").trim();

/** True when `quote` occurs in `article` once whitespace is normalised in both. Nothing else is normalised. */
export const occursVerbatim = (quote: string, article: string): boolean =>
  normaliseSpace(article).includes(normaliseSpace(quote));

function checkUnique<T extends { id: string }>(rows: Lined<T>[], file: string): void {
  const seen = new Map<string, number>();
  for (const { line, row } of rows) {
    const first = seen.get(row.id);
    if (first !== undefined)
      throw new PipelineError(file, line, "id", `duplicate id "${row.id}" (first on line ${String(first)})`);
    seen.set(row.id, line);
  }
}

function checkSlug(slug: string, known: Set<string>, file: string, line: number, column: string): void {
  if (slug !== "" && !known.has(slug))
    throw new PipelineError(file, line, column, `council slug "${slug}" is not in data/councils.csv`);
}

/** A name as it would appear in a slug ("Arron Batley-Simpson" -> "arron-batley-simpson"). */
const nameSlug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/**
 * Testimony ids carry no names (they end up in URLs, the sitemap, cards and the search index): a comment's id is
 * its article's id and its place among the comments recorded from it ("cc-2018-09-05-east-sussex-c9"); a submitted
 * figure's is "sub-", the date it was sent and a number.
 */
function checkTestimonyId(row: { id: string; name: string; source_id: string; kind: string }, line: number): void {
  const pattern = row.kind === "submitted" ? /^sub-\d{4}-\d{2}-\d{2}-\d+$/ : new RegExp(`^${row.source_id}-c\\d+$`);
  if (!pattern.test(row.id))
    throw new PipelineError(
      TESTIMONY,
      line,
      "id",
      `"${row.id}" must be ${row.kind === "submitted" ? "sub-YYYY-MM-DD-N" : `${row.source_id}-cN`}`,
    );
  const name = nameSlug(row.name);
  if (name.length >= 3 && row.id.includes(name))
    throw new PipelineError(TESTIMONY, line, "id", `"${row.id}" contains the commenter's name`);
}

/**
 * Run every check on the curated tables against the article texts (keyed by file name) and the known council
 * slugs. Throws PipelineError on the first failure; returns nothing when all is well.
 */
export function checkCurated(curated: Curated, articles: Map<string, string>, councilSlugs: Set<string>): void {
  checkUnique(curated.sources, SOURCES);
  checkUnique(curated.figures, FIGURES);
  checkUnique(curated.testimony, TESTIMONY);

  const articleFor = new Map<string, { file: string; text: string }>();
  for (const { line, row } of curated.sources) {
    const text = articles.get(row.file);
    if (text === undefined) throw new PipelineError(SOURCES, line, "file", `article file "${row.file}" was not loaded`);
    if (!occursVerbatim(row.title, text))
      throw new PipelineError(SOURCES, line, "title", `title not found verbatim in ${row.file}`);
    for (const slug of row.council_slugs === "" ? [] : row.council_slugs.split(";"))
      checkSlug(slug, councilSlugs, SOURCES, line, "council_slugs");
    articleFor.set(row.id, { file: row.file, text });
  }

  const figureIds = new Set(curated.figures.map(({ row }) => row.id));
  for (const { line, row } of curated.figures) {
    const article = articleFor.get(row.source_id);
    if (!article) throw new PipelineError(FIGURES, line, "source_id", `unknown source "${row.source_id}"`);
    if (!occursVerbatim(row.words, article.text))
      throw new PipelineError(FIGURES, line, "words", `quote not found verbatim in ${article.file}: "${row.words}"`);
    checkSlug(row.council_slug, councilSlugs, FIGURES, line, "council_slug");
    if (row.repeats !== "" && (row.repeats === row.id || !figureIds.has(row.repeats)))
      throw new PipelineError(FIGURES, line, "repeats", `"${row.repeats}" is not another row's id`);
  }

  for (const { line, row } of curated.testimony) {
    checkSlug(row.council_slug, councilSlugs, TESTIMONY, line, "council_slug");
    checkTestimonyId(row, line);
    // A submitted figure has no article to check against: consent and moderation are checked by the schema.
    if (row.kind === "submitted") continue;
    const article = articleFor.get(row.source_id);
    if (!article) throw new PipelineError(TESTIMONY, line, "source_id", `unknown source "${row.source_id}"`);
    if (!occursVerbatim(row.quote, article.text))
      throw new PipelineError(TESTIMONY, line, "quote", `quote not found verbatim in ${article.file}: "${row.quote}"`);
    if (!occursVerbatim(row.name, article.text))
      throw new PipelineError(TESTIMONY, line, "name", `commenter name not found in ${article.file}`);
  }
}
