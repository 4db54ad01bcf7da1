/**
 * `node src/bench/raster.ts [--limit N]`: rasterises every chart's download PNG and social card with an empty
 * image cache, first one at a time (each awaited before the next, as the build did), then all queued at once
 * through the build's prefetch queue (src/lib/social/prefetch.ts), and prints wall and CPU time for both. The
 * drawings (Plot) are made once before either run, so both time the same work: resvg, satori and the palette
 * step. It also checks that both runs give byte-identical images, and that resvg's thread-pool render gives the
 * same bytes as its synchronous one.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { allCharts } from "../charts/registry.ts";
import { renderSpec, WIDE } from "../lib/chart/render.ts";
import { cardPath, pngPath } from "../lib/chart/paths.ts";
import { standaloneSvg } from "../lib/chart/standalone.ts";
import type { ChartSpec } from "../lib/chart/types.ts";
import { socialCard } from "../lib/social/card.ts";
import { chartCardInput, chartPicture } from "../lib/social/cards.ts";
import { prefetch } from "../lib/social/prefetch.ts";
import { chartOptions, rasterise, svgToPalettePng } from "../lib/social/raster.ts";

const args = process.argv.slice(2);
const limit = args.includes("--limit") ? Number(args[args.indexOf("--limit") + 1]) : Infinity;
const specs = allCharts().slice(0, limit);
const download = (spec: ChartSpec): Promise<Buffer> => svgToPalettePng(standaloneSvg(spec), 2);
const card = async (spec: ChartSpec): Promise<Buffer> => socialCard(chartCardInput(spec, await chartPicture(spec)));

/** Every image in the order a build asks for them: downloads, then cards. */
type Run = () => Promise<Buffer[]>;

async function serial(): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (const spec of specs) out.push(await download(spec));
  for (const spec of specs) out.push(await card(spec));
  return out;
}

async function parallel(): Promise<Buffer[]> {
  const downloads = prefetch(pngPath, download);
  const cards = prefetch(cardPath, card);
  downloads.start(specs);
  cards.start(specs);
  const out: Buffer[] = [];
  for (const spec of specs) out.push(await downloads.take(spec));
  for (const spec of specs) out.push(await cards.take(spec));
  return out;
}

/** One run with its own empty cache folder: wall and CPU seconds, and a hash of every image. */
async function measure(label: string, run: Run): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "caseload-raster-bench-"));
  process.env["CASELOAD_CACHE_DIR"] = dir;
  const load = loadavg()[0] ?? 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const images = await run();
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  rmSync(dir, { recursive: true, force: true });
  const hash = createHash("sha256");
  for (const image of images) hash.update(image);
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(
    `${label.padEnd(9)} ${String(images.length)} images  wall ${wall.toFixed(1)} s  CPU ${cpuSeconds.toFixed(1)} s` +
      `  (load average ${load.toFixed(2)} at start)`,
  );
  return hash.digest("hex");
}

/** resvg's thread-pool render against its synchronous one, on a few charts. */
async function sameAsSync(count: number): Promise<boolean> {
  for (const spec of specs.slice(0, count)) {
    const options = chartOptions(1);
    const svg = standaloneSvg(spec);
    const sync = new Resvg(svg, options).render().asPng();
    if (!(await rasterise(svg, options)).equals(sync)) return false;
  }
  return true;
}

console.log(`${String(specs.length)} charts, ${String(availableParallelism())} cores`);
for (const spec of specs) {
  standaloneSvg(spec);
  renderSpec(spec, WIDE, { label: spec.title });
}
const a = await measure("serial", serial);
const b = await measure("parallel", parallel);
console.log(`byte-identical: ${String(a === b)}; renderAsync = render: ${String(await sameAsSync(20))}`);
