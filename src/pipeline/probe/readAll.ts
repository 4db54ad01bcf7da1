/**
 * Probe helper: load every tidy table through a checkout's readers (as a build does), with DATA_DIR pointing at a
 * data folder. Exit 0 when all load, 1 with the error's first line otherwise. Usage: node readAll.ts REPO
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const repo = process.argv[2] ?? process.cwd();
const lib = (file: string): string => pathToFileURL(join(repo, "src", "lib", "data", file)).href;
interface Readers {
  allCouncils?: () => unknown;
  allWorkforceRows?: () => unknown;
  allInspections?: () => unknown;
  allReported?: () => unknown;
  allTestimony?: () => unknown;
  allSources?: () => unknown;
}
try {
  for (const file of ["councils.ts", "workforce.ts", "inspections.ts", "reported.ts"]) {
    const m = (await import(lib(file))) as Readers;
    for (const f of [m.allCouncils, m.allWorkforceRows, m.allInspections, m.allReported, m.allTestimony, m.allSources])
      f?.();
  }
} catch (e) {
  console.error(String(e).split("\n")[0]);
  process.exit(1);
}
