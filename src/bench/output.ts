/**
 * `node src/bench/output.ts [DIST]`: the benchmark's output report (bytes by file type and route, transfer weight
 * per page type) for a site that is already built (default dist/), without building it.
 */
import { measureOutput, printOutput } from "./report.ts";

printOutput(measureOutput(process.argv[2] ?? "dist"));
