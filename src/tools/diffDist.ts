/**
 * Builds a base git ref and the current tree, then diffs their dist/ folders (HTML, CSV, SVG).
 *
 *   npm run diff-dist -- <base-ref> [--current DIR] [--list N]
 *
 * The base is exported with `git archive` into /tmp/diff-dist/<sha>/ (node_modules hardlink-copied from this tree
 * with `cp -al`) and built once: its dist/ is kept there, so a second run reuses it. The current tree is built in
 * place unless `--current DIR` names a dist/ that is already built. Astro's hashed asset names
 * (`/_astro/x.AbC123.css`) are normalised before comparing.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const EXTENSIONS = [".html", ".csv", ".svg"];

function run(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 30 });
}

function build(dir: string): void {
  console.log(`building ${dir} ...`);
  execFileSync("npm", ["run", "build"], {
    cwd: dir,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
  });
}

/** Exports and builds the base ref once; returns its dist/ folder. */
function baseDist(ref: string): string {
  const sha = run("git", ["rev-parse", ref], root).trim();
  const dir = join("/tmp/diff-dist", sha);
  const dist = join(dir, "dist");
  if (existsSync(join(dir, ".built"))) return dist;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync("sh", ["-c", `git archive ${sha} | tar -x -C ${dir}`], { cwd: root, stdio: "inherit" });
  execFileSync("cp", ["-al", join(root, "node_modules"), join(dir, "node_modules")]);
  build(dir);
  execFileSync("touch", [join(dir, ".built")]);
  return dist;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (EXTENSIONS.some((ext) => name.endsWith(ext))) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

/** Astro names bundled assets `name.<hash>.ext`; the hash changes with any source change. */
export function normalise(text: string): string {
  return text.replace(/(\/_astro\/[^"'\s()]+?)\.[\w-]{8}\.(css|js|svg|png|webp|woff2?)/g, "$1.HASH.$2");
}

/** Whitespace collapsed and removed between tags: HTML that renders the same. */
const collapse = (text: string): string => text.replace(/\s+/g, " ").replace(/> </g, "><");

function changedLines(a: string, b: string): { removed: string[]; added: string[] } {
  const split = (s: string): string[] => s.replace(/></g, ">\n<").split("\n");
  const left = split(a);
  const right = split(b);
  const rightSet = new Set(right);
  const leftSet = new Set(left);
  return { removed: left.filter((l) => !rightSet.has(l)), added: right.filter((l) => !leftSet.has(l)) };
}

function main(): void {
  const args = process.argv.slice(2);
  const ref = args.find((a) => !a.startsWith("--")) ?? "HEAD";
  const currentIndex = args.indexOf("--current");
  const listIndex = args.indexOf("--list");
  const listCount = listIndex >= 0 ? Number(args[listIndex + 1]) : 20;
  const base = baseDist(ref);
  let current = join(root, "dist");
  if (currentIndex >= 0) current = resolve(args[currentIndex + 1] ?? "dist");
  else build(root);

  const baseFiles = new Set(filesUnder(base));
  const currentFiles = new Set(filesUnder(current));
  const onlyBase = [...baseFiles].filter((f) => !currentFiles.has(f));
  const onlyCurrent = [...currentFiles].filter((f) => !baseFiles.has(f));
  const differing: string[] = [];
  const whitespaceOnly: string[] = [];
  const lineCounts = new Map<string, number>();
  for (const file of baseFiles) {
    if (!currentFiles.has(file)) continue;
    const a = normalise(readFileSync(join(base, file), "utf8"));
    const b = normalise(readFileSync(join(current, file), "utf8"));
    if (a === b) continue;
    if (collapse(a) === collapse(b)) {
      whitespaceOnly.push(file);
      continue;
    }
    differing.push(file);
    const { removed, added } = changedLines(a, b);
    for (const line of [...removed.map((l) => `- ${l}`), ...added.map((l) => `+ ${l}`)]) {
      const key = line.slice(0, 300);
      lineCounts.set(key, (lineCounts.get(key) ?? 0) + 1);
    }
  }
  console.log(`base ${ref}: ${String(baseFiles.size)} files; current: ${String(currentFiles.size)} files`);
  console.log(`only in base: ${String(onlyBase.length)}; only in current: ${String(onlyCurrent.length)}`);
  for (const f of onlyBase.slice(0, listCount)) console.log(`  - ${f}`);
  for (const f of onlyCurrent.slice(0, listCount)) console.log(`  + ${f}`);
  console.log(`whitespace between tags only: ${String(whitespaceOnly.length)}`);
  for (const f of whitespaceOnly.slice(0, 3)) console.log(`  ~ ${f}`);
  console.log(`differing: ${String(differing.length)}`);
  const groups = new Map<string, number>();
  for (const f of differing) {
    const parts = f.split("/");
    const group = ["charts", "embed", "downloads"].includes(parts[0] ?? "")
      ? `${parts[0] ?? ""}/${parts[1] ?? ""}`
      : (parts[0] ?? f);
    groups.set(group, (groups.get(group) ?? 0) + 1);
  }
  console.log("differing files by folder (and chart kind):");
  for (const [group, n] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${group}`);
  for (const f of differing.slice(0, listCount)) console.log(`  ~ ${f}`);
  console.log("most frequent changed lines (count, line):");
  const top = [...lineCounts].sort((x, y) => y[1] - x[1]).slice(0, listCount);
  for (const [line, count] of top) console.log(`  ${String(count).padStart(5)}  ${line}`);
}

main();
