/**
 * CLI: `npm run data -- --raw DIR --out DIR --sources DIR`. Runs every step into a temporary folder and replaces
 * the output folder only when all passed (lib/atomic.ts), printing the row accounting. Bad input exits 1 with one
 * line naming file, line, column and reason; a bad flag exits 2 with the usage line.
 */
import { resolve, join } from "node:path";
import { parseArgs } from "node:util";
import { DataError } from "../lib/data/errors.ts";
import { runSteps, type Step } from "./lib/atomic.ts";
import { runPipeline } from "./pipeline.ts";
import { runReported } from "./reported/index.ts";
import { runCouncilContext } from "./context/councilContext.ts";
import { runDistribution } from "./context/distribution.ts";
import { runVintages } from "./vintages.ts";

const USAGE = "usage: npm run data -- [--raw DIR] [--out DIR] [--sources DIR]";
const root = resolve(import.meta.dirname, "..", "..");

let values: { raw?: string; out?: string; sources?: string };
try {
  ({ values } = parseArgs({
    options: { raw: { type: "string" }, out: { type: "string" }, sources: { type: "string" } },
    allowPositionals: false,
  }));
} catch (e) {
  console.error(`${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
const rawDir = resolve(values.raw ?? join(root, "..", "shared", "data", "raw"));
const outDir = resolve(values.out ?? join(root, "data"));
const sourcesDir = resolve(values.sources ?? join(root, "..", "shared", "sources"));

/** The steps, in order. Each writes its tables into outDir; a later step may read an earlier one's tables there. */
const STEPS: Step[] = [
  (raw, out, log) => {
    for (const line of runPipeline(raw, out)) log(line);
  },
  // Reported figures and testimony: reads workforce.csv and councils.csv back from outDir.
  (_raw, out, log) => {
    runReported({ sourcesDir, outDir: out, log });
  },
  // Context per council-year: reads workforce.csv and councils.csv back from outDir.
  (raw, out, log) => {
    runCouncilContext(raw, out, log);
  },
  // The 2021 caseload distribution: reads the 2021 national row of workforce.csv back from outDir.
  (raw, out, log) => {
    runDistribution(raw, out, log);
  },
  // DfE's 2022 release, matched to workforce.csv's councils: council feeds, and judging sources by the figures of their time.
  (raw, out, log) => {
    runVintages(raw, out, log);
  },
];

try {
  runSteps(STEPS, rawDir, outDir, (line) => {
    console.log(line);
  });
} catch (e) {
  if (e instanceof DataError) {
    console.error(`Pipeline stopped: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
