/**
 * Load step: read the curated CSVs (validated row by row, with line numbers for error messages), the article
 * files, and the main pipeline's tidy councils.csv and workforce.csv from the output folder.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { decodeUtf8, parseCsvText } from "../../lib/data/csv.ts";
import type { z } from "astro/zod";
import { PipelineError, parseWithFriendlyErrors } from "../lib/errors.ts";
import {
  figureSchema,
  sourceSchema,
  testimonySchema,
  type FigureRow,
  type Lined,
  type SourceRow,
  type TestimonyRow,
} from "./schema.ts";

/** A CSV record with the 1-based line its first cell is on (the header is line 1). */
export interface CsvRecord {
  line: number;
  cells: Record<string, string>;
}

/** Parse CSV text through the project's one CSV module, keeping the starting line of each record. */
export function parseCsv(text: string, file: string): { header: string[]; records: CsvRecord[] } {
  const table = parseCsvText(text, file);
  return { header: table.fields, records: table.rows.map((cells, i) => ({ line: table.lines[i] ?? 0, cells })) };
}

/** Read a CSV file (checked UTF-8), insisting on the given columns, and return its records. */
function readCsv(path: string, label: string, columns: readonly string[]): CsvRecord[] {
  if (!existsSync(path)) throw new PipelineError(label, null, null, `file not found at ${path}`);
  const { header, records } = parseCsv(decodeUtf8(readFileSync(path), label), label);
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0)
    throw new PipelineError(label, 1, missing[0] ?? null, `missing column(s): ${missing.join(", ")}`);
  return records;
}

function readCurated<S extends z.ZodType>(
  dir: string,
  name: string,
  schema: S,
  columns: string[],
): Lined<z.infer<S>>[] {
  const label = `src/pipeline/curated/${name}`;
  return readCsv(join(dir, name), label, columns).map(({ line, cells }) => ({
    line,
    row: parseWithFriendlyErrors(schema, cells, label, line),
  }));
}

/** The three curated tables, validated. */
export interface Curated {
  sources: Lined<SourceRow>[];
  figures: Lined<FigureRow>[];
  testimony: Lined<TestimonyRow>[];
}

/** Load and validate src/pipeline/curated/{sources,reported_figures,testimony}.csv (or a fixture folder). */
export function loadCurated(curatedDir: string): Curated {
  return {
    sources: readCurated(curatedDir, "sources.csv", sourceSchema, Object.keys(sourceSchema.shape)),
    figures: readCurated(curatedDir, "reported_figures.csv", figureSchema, Object.keys(figureSchema.shape)),
    testimony: readCurated(curatedDir, "testimony.csv", testimonySchema, Object.keys(testimonySchema.shape)),
  };
}

/** Article texts keyed by file name, read once. */
export function loadArticles(sourcesDir: string, files: string[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of files) {
    const path = join(sourcesDir, file);
    if (!existsSync(path))
      throw new PipelineError(`sources/${basename(file)}`, null, null, `article file not found in ${sourcesDir}`);
    texts.set(file, readFileSync(path, "utf8"));
  }
  return texts;
}

/** The tidy tables the main pipeline has written to outDir. */
export interface Official {
  councils: CsvRecord[];
  workforce: CsvRecord[];
}

/** Read outDir/councils.csv and outDir/workforce.csv (the main pipeline writes them before calling this step). */
export function loadOfficial(outDir: string): Official {
  return {
    councils: readCsv(join(outDir, "councils.csv"), "data/councils.csv", ["slug", "name"]),
    workforce: readCsv(join(outDir, "workforce.csv"), "data/workforce.csv", ["time_period", "council_slugs"]),
  };
}
