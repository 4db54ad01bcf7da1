/**
 * All-or-nothing writes: every step runs into a fresh folder beside the output folder; only when every step has
 * passed and the whole folder reads back through the build's own schemas (src/lib/data) does it replace the output
 * folder. A failed run leaves the output folder byte-identical.
 */
import { existsSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { loadDataset } from "../../lib/data/dataset.ts";

/** One pipeline step: reads rawDir, writes its tables into outDir (and may read earlier steps' tables there). */
export type Step = (rawDir: string, outDir: string, log: (line: string) => void) => void;

/** Run the steps in order into a temporary folder, check it, then swap it in for outDir. */
export function runSteps(steps: readonly Step[], rawDir: string, outDir: string, log: (line: string) => void): void {
  const parent = dirname(outDir);
  const tmp = mkdtempSync(join(parent, `.${basename(outDir)}.next-`));
  try {
    for (const step of steps) step(rawDir, tmp, log);
    loadDataset(tmp);
    log("checked every table through src/lib/data's schemas");
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  const old = `${tmp}.old`;
  if (existsSync(outDir)) renameSync(outDir, old);
  try {
    renameSync(tmp, outDir);
  } catch (e) {
    if (existsSync(old)) renameSync(old, outDir);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
  log(`replaced ${outDir}`);
}
