/**
 * The peer: the same Walsall caseload chart drawn in the browser, as a client-side Plot bundle built with esbuild
 * from npm (Plot carries the d3 modules it uses). Its gzip weight against this site's council page and embed is
 * the lead the issue asks the bench to re-measure.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { getChart } from "../charts/registry.ts";

/** Gzip bytes of a minified Plot bundle that draws Walsall's caseload trend from its data table. */
export function peerBundleGzip(root: string): number {
  const spec = getChart("caseload-trend", "walsall");
  const dir = mkdtempSync(join(tmpdir(), "caseload-peer-"));
  const entry = join(dir, "entry.js");
  writeFileSync(
    entry,
    `import * as Plot from ${JSON.stringify(join(root, "node_modules/@observablehq/plot/src/index.js"))};
const rows = ${JSON.stringify(spec.rows)}.filter((r) => typeof r.time_period === "number" && r.caseload_fte !== null);
document.body.append(Plot.plot({
  width: Math.min(640, document.body.clientWidth), y: { grid: true, label: "Average caseload" }, x: { tickFormat: "d" },
  color: { legend: true },
  marks: [Plot.ruleY([0]), Plot.lineY(rows, { x: "time_period", y: "caseload_fte", stroke: "series" }),
    Plot.dot(rows, { x: "time_period", y: "caseload_fte", fill: "series", tip: true }),
    Plot.text(rows, Plot.selectLast({ x: "time_period", y: "caseload_fte", z: "series", text: "series", dx: 6, textAnchor: "start" }))],
}));
`,
  );
  const out = join(dir, "bundle.js");
  const r = spawnSync(
    join(root, "node_modules/.bin/esbuild"),
    [entry, "--bundle", "--minify", "--format=esm", `--outfile=${out}`],
    {
      encoding: "utf8",
    },
  );
  if (r.status !== 0) throw new Error(`esbuild failed:\n${r.stderr}`);
  const bytes = gzipSync(readFileSync(out), { level: 9 }).length;
  rmSync(dir, { recursive: true, force: true });
  return bytes;
}
