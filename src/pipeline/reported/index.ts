/**
 * Reported figures and testimony step. The main pipeline (run.ts) calls runReported after writing
 * councils.csv and workforce.csv to outDir. It loads the curated tables typed from the news articles, checks
 * every quote against the article text and every council against councils.csv, puts each reported figure beside
 * the official DfE values at the 30 September counts either side of it, gives a plain verdict, and writes
 * reported_figures, testimony and sources (CSV + .meta.json) to outDir.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkCurated } from "./check.ts";
import { loadArticles, loadCurated, loadOfficial } from "./load.ts";
import { indexWorkforce, matchFigure } from "./match.ts";
import { FIGURE_COLUMNS, SOURCE_COLUMNS, TESTIMONY_COLUMNS } from "./meta.ts";
import { figureExclusion, figureOut, sourceOut, split, testimonyExclusion, testimonyOut, type Split } from "./rows.ts";
import { writeTable } from "./write.ts";

/** Options for runReported. */
export interface ReportedOptions {
  /** Folder holding the article .txt files (default ../shared/sources from the repo root). */
  sourcesDir: string;
  /** Folder the main pipeline wrote councils.csv and workforce.csv to; the tables are written here too. */
  outDir: string;
  /** Where to print row accounting. */
  log: (line: string) => void;
  /** Folder of the curated CSVs (default src/pipeline/curated); tests point it at a fixture. */
  curatedDir?: string;
}

/** Default folder of the article files, relative to the working directory (the repo root). */
export const DEFAULT_SOURCES_DIR = join(process.cwd(), "..", "shared", "sources");
const DEFAULT_CURATED_DIR = fileURLToPath(new URL("../curated/", import.meta.url));

function account<T>(log: (line: string) => void, file: string, read: number, s: Split<T>): void {
  log(`${file}: read ${String(read)}, written ${String(s.kept.length)}`);
  for (const [reason, ids] of s.excluded) log(`  excluded ${String(ids.length)}: ${reason} (${ids.join(", ")})`);
}

/** Run the step. Throws PipelineError (file, line, column, reason) on any bad curated row or failed check. */
export function runReported(opts: ReportedOptions): void {
  const { outDir, log } = opts;

  // Load inputs.
  const curated = loadCurated(opts.curatedDir ?? DEFAULT_CURATED_DIR);
  const articles = loadArticles(
    opts.sourcesDir,
    curated.sources.map(({ row }) => row.file),
  );
  const official = loadOfficial(outDir);

  // Process data.
  const names = new Map(official.councils.map(({ cells }) => [cells["slug"] ?? "", cells["name"] ?? ""]));
  checkCurated(curated, articles, new Set(names.keys()));
  const index = indexWorkforce(official.workforce);
  const figures = split(curated.figures, figureExclusion);
  const matched = figures.kept.map((row) => matchFigure(row, index));
  const testimony = split(curated.testimony, testimonyExclusion);
  const count = (rows: { source_id: string }[], id: string): number => rows.filter((r) => r.source_id === id).length;
  const sources = curated.sources.map(({ row }) =>
    sourceOut(row, count(figures.kept, row.id), count(testimony.kept, row.id)),
  );

  // Save outputs.
  const sourceFiles = curated.sources.map(({ row }) => `sources/${row.file}`);
  writeTable(
    outDir,
    "reported_figures",
    FIGURE_COLUMNS,
    matched.map((m) => figureOut(m, (s) => names.get(s) ?? "")),
    {
      title: "Caseload and workforce figures reported in the news, beside the official DfE values",
      description:
        "Every caseload or workforce figure stated in the articles, with the DfE values at the 30 September counts either side and a plain verdict.",
      publisher:
        "Caseload Check (curated from the articles listed in sources.csv; official values from the Department for Education)",
      sourceFiles: [
        ...sourceFiles,
        "src/pipeline/curated/reported_figures.csv",
        "data/workforce.csv",
        "data/councils.csv",
      ],
    },
  );
  writeTable(outDir, "testimony", TESTIMONY_COLUMNS, testimony.kept.map(testimonyOut), {
    title: "Readers' testimony on caseloads and workload",
    description:
      "Reader comments under the articles that speak about caseloads or workload, with a short verbatim quote each.",
    publisher: "Caseload Check (quoted from reader comments published under the articles in sources.csv)",
    sourceFiles: [...sourceFiles, "src/pipeline/curated/testimony.csv"],
  });
  writeTable(outDir, "sources", SOURCE_COLUMNS, sources, {
    title: "News articles quoted for reported figures and testimony",
    description: "One row per article, with how its publication and date were established.",
    publisher: "Caseload Check",
    sourceFiles: [...sourceFiles, "src/pipeline/curated/sources.csv"],
  });

  account(log, "reported_figures.csv", curated.figures.length, figures);
  const kinds = new Map<string, number>();
  for (const m of matched) kinds.set(m.verdict.kind, (kinds.get(m.verdict.kind) ?? 0) + 1);
  log(`  verdicts: ${[...kinds].map(([k, n]) => `${k} ${String(n)}`).join(", ")}`);
  account(log, "testimony.csv", curated.testimony.length, testimony);
  log(`sources.csv: read ${String(curated.sources.length)}, written ${String(sources.length)}`);
}
