/**
 * `npm run bench`: build times and output, in one run. Real data: a cold build (empty image cache), a warm build
 * (nothing changed, same cache) and a build after one council's figure changed; then the output by file type and
 * route, the transfer weight per page type, and the peer ratio (the same Walsall chart as a client-side Plot
 * bundle). Then the same cold and warm builds on a synthetic dataset with ten times the councils. Builds and the
 * image cache go to temporary folders; data/, dist/ and the project's own cache are not touched.
 * Usage: npm run bench [-- --factor 10] [-- --skip-synthetic]
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticData } from "./synthetic.ts";
import { measureOutput, printOutput } from "./report.ts";
import { peerBundleGzip } from "./peer.ts";
import { pageWeight } from "./weight.ts";

const args = process.argv.slice(2);
const factor = Number(args[args.indexOf("--factor") + 1] ?? "10") || 10;
const root = process.cwd();
const bin = (name: string): string => join(root, "node_modules/.bin", name);
const temp = (name: string): string => mkdtempSync(join(tmpdir(), `caseload-${name}-`));

/** Run a command, return its wall time in seconds and its output; stop the bench if it fails. */
function timed(cmd: string, cmdArgs: string[], env: Record<string, string> = {}): { seconds: number; out: string } {
  const start = performance.now();
  const r = spawnSync(cmd, cmdArgs, {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env },
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0) {
    const tail = `${r.stdout}\n${r.stderr}`.split("\n").slice(-40).join("\n");
    throw new Error(`${cmd} ${cmdArgs.join(" ")} failed (last 40 lines):\n${tail}`);
  }
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

/** One `astro build` + Pagefind into `dist`, with the given data folder and image cache; returns seconds. */
function build(label: string, dist: string, cache: string, dataDir: string | null): number {
  const env: Record<string, string> = { CASELOAD_CACHE_DIR: cache };
  if (dataDir !== null) Object.assign(env, { DATA_DIR: dataDir, SYNTHETIC_DATA: "1" });
  const astro = timed(bin("astro"), ["build", "--outDir", dist], env);
  const search = timed(bin("pagefind"), ["--site", dist, "--quiet"]);
  const p = phases(astro.out);
  const s = (ms: number): string => (ms / 1000).toFixed(1);
  console.log(
    `  ${label.padEnd(22)} ${(astro.seconds + search.seconds).toFixed(1).padStart(6)} s  (astro ${astro.seconds.toFixed(1)} s, pagefind ${search.seconds.toFixed(1)} s; per-route sums: pages ${s(p.pages)} s, downloads ${s(p.downloads)} s, social images ${s(p.social)} s; ${String(p.routes)} routes)`,
  );
  return astro.seconds + search.seconds;
}

/**
 * A copy of a data folder with one council's latest count changed (the one-council-changed build): 1% more cases,
 * and its caseload recomputed from them, as the data checks require (caseload = cases / case-holding FTE).
 */
function changeOneCouncil(source: string, council: string): string {
  const out = temp("changed");
  cpSync(source, out, { recursive: true });
  const file = join(out, "workforce.csv");
  const lines = readFileSync(file, "utf8").split("\n");
  const header = (lines[0] ?? "").split(",");
  const col = (name: string): number => header.indexOf(name);
  const rows = lines.map((l, i) => ({ i, cells: l.split(",") })).filter((r) => r.cells[col("la_name")] === council);
  const latest = rows.sort((a, b) => Number(b.cells[col("time_period")]) - Number(a.cells[col("time_period")]))[0];
  if (!latest) throw new Error(`no ${council} row in ${file}`);
  const cases = Math.round(Number(latest.cells[col("cases")]) * 1.01);
  latest.cells[col("cases")] = String(cases);
  latest.cells[col("caseload_fte")] = (cases / Number(latest.cells[col("case_holders_fte")])).toFixed(1);
  lines[latest.i] = latest.cells.join(",");
  writeFileSync(file, lines.join("\n"));
  return out;
}

/** Cold, warm and (optionally) one-council-changed builds on one dataset; returns cold and warm seconds. */
function suite(
  label: string,
  dataDir: string | null,
  withChange: boolean,
): { cold: number; warm: number; dist: string } {
  console.log(`\n${label}`);
  const cache = temp("cache");
  const dist = join(temp("dist"), "dist");
  const cold = build("cold (empty cache)", dist, cache, dataDir);
  const scratch = temp("dist");
  const warm = build("warm (nothing changed)", join(scratch, "dist"), cache, dataDir);
  console.log(`  warm / cold            ${(warm / cold).toFixed(2)}`);
  if (withChange) {
    const changed = changeOneCouncil(dataDir ?? join(root, "data"), "Walsall");
    const one = build("one council changed", join(scratch, "dist2"), cache, changed);
    console.log(`  one changed / cold     ${(one / cold).toFixed(2)}`);
    rmSync(changed, { recursive: true, force: true });
  }
  rmSync(cache, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
  return { cold, warm, dist };
}

const raw = join(root, "..", "shared", "data", "raw");
if (existsSync(raw)) {
  const data = timed(bin("node"), ["src/pipeline/run.ts", "--raw", raw, "--out", join(temp("data"), "data")]);
  console.log(`data pipeline ${data.seconds.toFixed(1)} s`);
}
const real = suite("Real data", null, true);
const output = measureOutput(real.dist);
console.log(`  HTML pages             ${String(output.pages)}, ${(output.pages / real.cold).toFixed(1)} pages/s cold`);
printOutput(output);
const peer = peerBundleGzip(root);
const council = pageWeight(real.dist, "councils/walsall/index.html").total;
const embed = pageWeight(real.dist, "embed/caseload-trend/walsall/index.html").total;
console.log(
  `\nPeer: Walsall's caseload chart as a client-side Plot bundle (esbuild, minified) ${(peer / 1024).toFixed(1)} KB gzip;` +
    ` /councils/walsall/ ${(council / 1024).toFixed(1)} KB (peer ${(peer / council).toFixed(1)}x),` +
    ` /embed/caseload-trend/walsall/ ${(embed / 1024).toFixed(1)} KB (peer ${(peer / embed).toFixed(1)}x)`,
);
if (process.env["BENCH_KEEP"] === undefined) rmSync(join(real.dist, ".."), { recursive: true, force: true });
else console.log(`kept ${real.dist}`);

if (!args.includes("--skip-synthetic")) {
  const synthetic = syntheticData(join(root, "data"), factor);
  const big = suite(`Synthetic data: ${String(factor)}x the councils`, synthetic, false);
  rmSync(join(big.dist, ".."), { recursive: true, force: true });
  rmSync(synthetic, { recursive: true, force: true });
  console.log(
    `\nx${String(factor)} councils / real: cold ${(big.cold / real.cold).toFixed(2)}, warm ${(big.warm / real.warm).toFixed(2)}`,
  );
}
