/**
 * CLI: `npm run data -- --raw DIR --out DIR --sources DIR`. Runs the pipeline, prints the row accounting,
 * then the reported-figures step. Bad input exits non-zero with one line naming file, line, column and reason.
 */
import { resolve, join } from "node:path";
import { parseArgs } from "node:util";
import { PipelineError } from "./lib/errors.ts";
import { runPipeline } from "./pipeline.ts";
// Reported figures and testimony run last: the step reads workforce.csv and councils.csv back from outDir.
import { runReported } from "./reported/index.ts";
import { runDistribution } from "./context/distribution.ts";

const root = resolve(import.meta.dirname, "..", "..");
const { values } = parseArgs({
  options: { raw: { type: "string" }, out: { type: "string" }, sources: { type: "string" } },
  allowPositionals: false,
});
const rawDir = resolve(values.raw ?? join(root, "..", "shared", "data", "raw"));
const outDir = resolve(values.out ?? join(root, "data"));
const sourcesDir = resolve(values.sources ?? join(root, "..", "shared", "sources"));

try {
  for (const line of runPipeline(rawDir, outDir)) console.log(line);
  runReported({ sourcesDir, outDir, log: (line) => console.log(line) });
  runDistribution(rawDir, outDir, (line) => console.log(line));
} catch (e) {
  if (e instanceof PipelineError) {
    console.error(`Pipeline stopped: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
