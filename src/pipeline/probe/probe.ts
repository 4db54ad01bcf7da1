/**
 * Bad-input probe: runs every case of cases.ts against a checkout (default: this one) and prints a markdown table
 * with the exit code and the message printed, and whether the case was handled well. Raw, article and CLI cases
 * run the pipeline CLI on a copy of the raw folder with one file broken, writing to a copy of data/ (which must
 * stay byte-identical when the run stops); data/ cases load every table through the checkout's readers.
 *
 *   node src/pipeline/probe/probe.ts [--repo DIR] [--out reports/bad-input.md]
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { allCases, type Case } from "./cases.ts";

const { values } = parseArgs({
  options: { repo: { type: "string" }, out: { type: "string" }, read: { type: "string" } },
});

/**
 * `--read REPO`: load every tidy table through that checkout's readers, as a build does (DATA_DIR points at the
 * data folder). Exit 0 when all load, 1 with the error's first line otherwise.
 */
async function readAll(checkout: string): Promise<void> {
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
      const url = pathToFileURL(join(checkout, "src", "lib", "data", file)).href;
      const m = (await import(url)) as Readers;
      for (const f of [
        m.allCouncils,
        m.allWorkforceRows,
        m.allInspections,
        m.allReported,
        m.allTestimony,
        m.allSources,
      ])
        f?.();
    }
  } catch (e) {
    console.error(String(e).split("\n")[0]);
    process.exit(1);
  }
  process.exit(0);
}
if (values.read !== undefined) await readAll(values.read);
const repo = resolve(values.repo ?? process.cwd());
const here = resolve(import.meta.dirname, "..", "..", "..");
const rawDir = join(here, "..", "shared", "data", "raw");
const sourcesDir = join(here, "..", "shared", "sources");
const node = join(here, "node_modules", ".bin", "node");

/** A tree of symlinks to every file under src (so one file can be replaced without copying the rest). */
function linkTree(src: string, dst: string): void {
  mkdirSync(dst, { recursive: true });
  for (const name of readdirSync(src)) {
    const s = join(src, name);
    if (statSync(s).isDirectory()) linkTree(s, join(dst, name));
    else symlinkSync(s, join(dst, name));
  }
}

/** Hash of every file under a folder (paths and bytes). */
function treeHash(dir: string, only?: readonly string[]): string {
  const h = createHash("sha256");
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (!only || only.includes(relative(dir, p))) h.update(relative(dir, p)).update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest("hex");
}

interface Result {
  status: number | null;
  message: string;
  good: boolean;
  note: string;
}

const firstLine = (s: string): string =>
  s
    .split("\n")
    .map((l) => l.trim())
    .find((l) => l !== "") ?? "";

function runCase(c: Case, reference: string): Result {
  const work = mkdtempSync(join(tmpdir(), "probe-"));
  try {
    const raw = join(work, "raw");
    const sources = join(work, "sources");
    const data = join(work, "data");
    linkTree(rawDir, raw);
    linkTree(sourcesDir, sources);
    cpSync(join(repo, "data"), data, { recursive: true });
    const isData = c.edits.some((e) => e.file.startsWith("data/"));
    for (const e of c.edits) {
      const target = e.file.startsWith("data/")
        ? join(data, e.file.slice(5))
        : e.file.startsWith("sources/")
          ? join(sources, e.file.slice(8))
          : join(raw, e.file);
      const bytes = readFileSync(target);
      unlinkSync(target);
      writeFileSync(target, e.change(bytes));
    }
    const before = treeHash(data);
    const r = isData
      ? spawnSync(node, [join(here, "src", "pipeline", "probe", "probe.ts"), "--read", repo], {
          cwd: repo,
          env: { ...process.env, DATA_DIR: data },
          encoding: "utf8",
          timeout: 300_000,
        })
      : spawnSync(node, ["src/pipeline/run.ts", "--raw", raw, "--out", data, "--sources", sources, ...(c.args ?? [])], {
          cwd: repo,
          encoding: "utf8",
          timeout: 300_000,
          maxBuffer: 64 * 1024 * 1024,
        });
    const after = treeHash(data);
    const stack = /\n\s+at /.test(r.stderr);
    const message = firstLine(r.stderr) || (r.signal ? `killed by ${r.signal}` : firstLine(r.stdout));
    if (c.expect === "accept") {
      const same =
        (c.same ? treeHash(data, c.same) : after) === (c.same ? treeHash(reference, c.same) : treeHash(reference));
      return {
        status: r.status,
        message: r.status === 0 ? "(accepted)" : message,
        good: r.status === 0 && same,
        note: `${c.same ? c.same.join(", ") : "output"} ${same ? "identical to" : "differs from"} an unbroken run`,
      };
    }
    const file = c.edits[0]?.file ?? "";
    const names = c.edits.length === 0 ? /usage/.test(r.stderr) : message.includes(file.split("/").pop() ?? file);
    const line = c.line === undefined || message.includes(`line ${String(c.line)}`);
    const unchanged = isData || before === after;
    const notes = [
      stack ? "stack trace" : "",
      names ? "" : "file not named",
      line ? "" : `line ${String(c.line)} not named`,
      unchanged ? "" : "data/ changed",
    ].filter(Boolean);
    return {
      status: r.status,
      message,
      good: r.status !== 0 && r.status !== null && !stack && names && line && unchanged,
      note: isData ? notes.join("; ") || "build stops" : notes.join("; ") || "data/ unchanged",
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Where a case's file lives, for the table. */
const fileOf = (c: Case): string =>
  c.edits.length === 0 ? "CLI" : [...new Set(c.edits.map((e) => e.file.split("/").pop() ?? e.file))].join(" + ");

const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ").slice(0, 220);

// The reference output: an unchanged run of this checkout, to compare accepted cases against.
const refWork = mkdtempSync(join(tmpdir(), "probe-ref-"));
cpSync(join(repo, "data"), join(refWork, "data"), { recursive: true });
spawnSync(node, ["src/pipeline/run.ts", "--raw", rawDir, "--out", join(refWork, "data"), "--sources", sourcesDir], {
  cwd: repo,
});
const reference = join(refWork, "data");

const rows: string[] = [];
let good = 0;
const cases = allCases();
cases.forEach((c, i) => {
  const r = runCase(c, reference);
  if (r.good) good++;
  rows.push(
    `| ${String(i + 1)} | ${cell(fileOf(c))} | ${cell(c.what)} | ${c.expect} | ${String(r.status)} | ${cell(r.message)} | ${r.good ? "good" : "**bad**"} (${cell(r.note)}) |`,
  );
  process.stderr.write(`${String(i + 1)}/${String(cases.length)} ${r.good ? "good" : "BAD"} ${c.what}\n`);
});
const report = [
  `# Bad-input probe: ${relative(here, repo) || "."} (${String(good)} of ${String(cases.length)} handled well)`,
  "",
  "| # | file | bad input | expected | exit | message printed | verdict |",
  "| --- | --- | --- | --- | --- | --- | --- |",
  ...rows,
  "",
].join("\n");
rmSync(refWork, { recursive: true, force: true });
console.log(report);
if (values.out) {
  mkdirSync(dirname(resolve(values.out)), { recursive: true });
  writeFileSync(values.out, report);
}
