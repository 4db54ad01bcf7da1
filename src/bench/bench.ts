/**
 * `npm run bench`: the full build's wall time and phases, pages per second, output size, and transfer weight per
 * page type (gzip and brotli, median and maximum); then the same on a synthetic dataset with ten times as many
 * councils, and the ratio of the two times. Builds go to temporary folders; data/ and dist/ are not touched.
 * Usage: npm run bench [-- --factor 10] [-- --skip-synthetic]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticData } from "./synthetic.ts";
import { measureOutput, printOutput } from "./report.ts";

const args = process.argv.slice(2);
const factor = Number(args[args.indexOf("--factor") + 1] ?? "10") || 10;
const root = process.cwd();
const bin = (name: string): string => join(root, "node_modules/.bin", name);

/** Run a command, return its wall time in seconds and its output; stop the bench if it fails. */
function timed(cmd: string, cmdArgs: string[], env: Record<string, string> = {}): { seconds: number; out: string } {
  const start = performance.now();
  const r = spawnSync(cmd, cmdArgs, {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env },
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
  return { seconds, out: `${r.stdout}\n${r.stderr}` };
}

/** Sum Astro's per-route timings ("├─ /path (+12ms)") into phases. */
function phases(log: string): { pages: number; downloads: number; social: number; routes: number } {
  const sums = { pages: 0, downloads: 0, social: 0, routes: 0 };
  for (const m of log.matchAll(/[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
    const ms = Number(m[2]) * (m[3] === "s" ? 1000 : 1);
    const path = m[1] ?? "";
    sums.routes += 1;
    if (path.startsWith("/og/")) sums.social += ms;
    else if (/\.(csv|svg|png|json|xml)$/.test(path)) sums.downloads += ms;
    else sums.pages += ms;
  }
  return sums;
}

/** Build once into a temporary folder and report; returns the total wall time. */
function buildAndReport(label: string, dataDir: string | null, raw: string | null): number {
  console.log(`\n${label}`);
  const out = mkdtempSync(join(tmpdir(), "caseload-bench-"));
  let total = 0;
  if (raw !== null && existsSync(raw)) {
    const data = timed(bin("node"), ["src/pipeline/run.ts", "--raw", raw, "--out", join(out, "data")]);
    console.log(`  data pipeline   ${data.seconds.toFixed(1)} s`);
    total += data.seconds;
  } else console.log("  data pipeline   skipped (no raw folder)");
  const env: Record<string, string> = dataDir === null ? {} : { DATA_DIR: dataDir, SYNTHETIC_DATA: "1" };
  const build = timed(bin("astro"), ["build", "--outDir", join(out, "dist")], env);
  const p = phases(build.out);
  console.log(
    `  astro build     ${build.seconds.toFixed(1)} s  (per-route sums: pages ${(p.pages / 1000).toFixed(1)} s, downloads ${(p.downloads / 1000).toFixed(1)} s, social images ${(p.social / 1000).toFixed(1)} s; ${String(p.routes)} routes)`,
  );
  const search = timed(bin("pagefind"), ["--site", join(out, "dist"), "--quiet"]);
  console.log(`  pagefind        ${search.seconds.toFixed(1)} s`);
  total += build.seconds + search.seconds;
  console.log(`  total           ${total.toFixed(1)} s`);
  const output = measureOutput(join(out, "dist"));
  console.log(
    `  HTML pages      ${String(output.pages)}, ${(output.pages / build.seconds).toFixed(1)} pages/s over the astro build`,
  );
  printOutput(output);
  rmSync(out, { recursive: true, force: true });
  return build.seconds + search.seconds;
}

const raw = join(root, "..", "shared", "data", "raw");
const real = buildAndReport("Real data", null, raw);
if (!args.includes("--skip-synthetic")) {
  const synthetic = syntheticData(join(root, "data"), factor);
  console.log(`\nSynthetic data: ${String(factor)}x the councils, in ${synthetic}`);
  const big = buildAndReport(`Synthetic x${String(factor)}`, synthetic, null);
  rmSync(synthetic, { recursive: true, force: true });
  console.log(
    `\nBuild time ratio (astro build + pagefind), x${String(factor)} councils / real: ${(big / real).toFixed(2)}`,
  );
}
