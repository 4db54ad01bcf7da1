/**
 * Writes are all or nothing: a run that fails at any step, or whose output does not read back through the
 * build's schemas, leaves the output folder byte-identical and no temporary folder behind.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { DataError } from "../lib/data/errors.ts";
import { runSteps, type Step } from "./lib/atomic.ts";

/** Every file under a folder with its bytes, for a byte-for-byte comparison. */
function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

const expectSame = (a: Map<string, Buffer>, b: Map<string, Buffer>): void => {
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  for (const [k, v] of a) expect(b.get(k)?.equals(v), k).toBe(true);
};

/** A copy of the committed data/ in a fresh parent folder (so leftovers are easy to see). */
function copyOfData(): { parent: string; out: string } {
  const parent = mkdtempSync(join(tmpdir(), "cc-atomic-"));
  const out = join(parent, "data");
  cpSync(join(process.cwd(), "data"), out, { recursive: true });
  return { parent, out };
}

const log = (): void => undefined;

describe("runSteps", () => {
  it("a step that fails after another wrote its tables leaves the output folder unchanged", () => {
    const { parent, out } = copyOfData();
    const before = snapshot(out);
    const steps: Step[] = [
      (_raw, o) => {
        writeFileSync(join(o, "workforce.csv"), "time_period\n2099\n");
      },
      () => {
        throw new DataError("src/pipeline/curated/reported_figures.csv", 8, "words", "quote not found in the article");
      },
    ];
    expect(() => {
      runSteps(steps, "raw", out, log);
    }).toThrow(/quote not found/);
    expectSame(before, snapshot(out));
    expect(readdirSync(parent)).toEqual(["data"]);
  });
  it("output that breaks the data/ schema is refused, and the output folder is unchanged", () => {
    const { parent, out } = copyOfData();
    const before = snapshot(out);
    const copyThenBreak: Step = (_raw, o) => {
      cpSync(out, o, { recursive: true });
      const f = join(o, "workforce.csv");
      writeFileSync(f, readFileSync(f, "utf8").replace(/\n2025,National,/, "\n2029,National,"));
    };
    expect(() => {
      runSteps([copyThenBreak], "raw", out, log);
    }).toThrow(/data\/workforce.csv, line 2, column "time_period": year 2029 is in the future/);
    expectSame(before, snapshot(out));
    expect(readdirSync(parent)).toEqual(["data"]);
  });
  it("a run that passes replaces the folder", () => {
    const { parent, out } = copyOfData();
    const copy: Step = (_raw, o) => {
      cpSync(join(process.cwd(), "data"), o, { recursive: true });
      writeFileSync(join(o, "marker.txt"), "new");
    };
    runSteps([copy], "raw", out, log);
    expect(readFileSync(join(out, "marker.txt"), "utf8")).toBe("new");
    expect(readdirSync(parent)).toEqual(["data"]);
  });
});

describe("the CLI", () => {
  const raw = join(process.cwd(), "..", "shared", "data", "raw");
  const sources = join(process.cwd(), "..", "shared", "sources");
  // The raw files sit beside the repo (../shared) on a developer's machine and on CI, never in a clone.
  it.skipIf(!existsSync(raw))(
    "fails late on the news-quote check after changing a workforce value, and leaves data/ byte-identical",
    () => {
      const { out } = copyOfData();
      const before = snapshot(out);
      const work = mkdtempSync(join(tmpdir(), "cc-atomic-in-"));
      // Raw folder: every file linked, except the workforce file, where one Walsall value changes.
      const link = (from: string, to: string): void => {
        mkdirSync(to, { recursive: true });
        for (const name of readdirSync(from)) {
          const p = join(from, name);
          if (statSync(p).isDirectory()) link(p, join(to, name));
          else symlinkSync(p, join(to, name));
        }
      };
      link(raw, join(work, "raw"));
      link(sources, join(work, "sources"));
      const wf = join(work, "raw", "workforce", "csww_indicators_2017_to_2025.csv");
      const text = readFileSync(wf, "utf8");
      // Walsall 2024 working days lost (the last but one column): a value no check ties to another.
      const changed = text.replace(/(\n2024,[^\n]*,335,E08000030,Walsall,[^\n]*,)([\d.]+)(,[\d.]+\n)/, "$1999.9$3");
      expect(changed).not.toBe(text);
      rmSync(wf);
      writeFileSync(wf, changed);
      // The article quoted first loses its text, so the quote check (the last step) fails.
      const article = join(work, "sources", readdirSync(join(work, "sources")).sort()[0] ?? "");
      const body = readFileSync(article, "utf8").slice(0, 200);
      rmSync(article);
      writeFileSync(article, body);
      const r = spawnSync(
        join(process.cwd(), "node_modules/.bin/node"),
        ["src/pipeline/run.ts", "--raw", join(work, "raw"), "--out", out, "--sources", join(work, "sources")],
        { encoding: "utf8" },
      );
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/workforce\/csww_indicators_2017_to_2025.csv: read 1463, written 1463/);
      expect(r.stderr).toMatch(/^Pipeline stopped: src\/pipeline\/curated\/.*quote/);
      expectSame(before, snapshot(out));
    },
    120_000,
  );
  it("an unknown flag prints the usage line, not a stack trace", () => {
    const r = spawnSync(join(process.cwd(), "node_modules/.bin/node"), ["src/pipeline/run.ts", "--frobnicate"], {
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([
      "Unknown option '--frobnicate'",
      "usage: npm run data -- [--raw DIR] [--out DIR] [--sources DIR]",
    ]);
  });
});
