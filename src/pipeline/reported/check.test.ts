import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PipelineError } from "../lib/errors.ts";
import { FIXTURE, fixtureOptions, writeFixture } from "./fixture.ts";
import { runReported } from "./index.ts";
import { occursVerbatim } from "./check.ts";
import { parseCsv } from "./load.ts";

function stop(overrides: Record<string, string>): PipelineError {
  const root = writeFixture(overrides);
  try {
    runReported(fixtureOptions(root));
  } catch (e) {
    if (e instanceof PipelineError) return e;
    throw e;
  }
  throw new Error("expected the step to stop");
}

const figures = FIXTURE["curated/reported_figures.csv"] ?? "";
const testimony = FIXTURE["curated/testimony.csv"] ?? "";

describe("checks that stop the step", () => {
  it("stops on a quote that is not in the article, naming file, line and column", () => {
    const e = stop({ "curated/reported_figures.csv": figures.replace("a target of 15", "a target of 16") });
    expect(e.file).toBe("src/pipeline/curated/reported_figures.csv");
    expect(e.line).toBe(3);
    expect(e.column).toBe("words");
    expect(e.message).toMatch(
      /^src\/pipeline\/curated\/reported_figures\.csv, line 3, column "words": quote not found verbatim in a\.txt/,
    );
  });

  it("stops on a testimony quote that was edited, even slightly", () => {
    const e = stop({ "curated/testimony.csv": testimony.replace("never less", "never fewer") });
    expect([e.line, e.column]).toEqual([2, "quote"]);
  });

  it("stops on an unknown council slug", () => {
    const e = stop({ "curated/testimony.csv": testimony.replace("2019-03-03,testshire", "2019-03-03,nowhere") });
    expect([e.line, e.column]).toEqual([2, "council_slug"]);
    expect(e.reason).toMatch(/"nowhere" is not in data\/councils\.csv/);
  });

  it("stops on a bad enum, a bad range and a duplicate id", () => {
    expect(stop({ "curated/reported_figures.csv": figures.replace(",target,Ofsted", ",targets,Ofsted") }).column).toBe(
      "scope",
    );
    expect(stop({ "curated/reported_figures.csv": figures.replace("24,26", "26,24") }).column).toBe("value_high");
    const dup = stop({ "curated/reported_figures.csv": figures.replace("t-target,", "t-mid-20s,") });
    expect([dup.line, dup.column]).toEqual([3, "id"]);
  });

  it("stops on a source file that is missing", () => {
    const e = stop({ "curated/sources.csv": (FIXTURE["curated/sources.csv"] ?? "").replace("a.txt", "b.txt") });
    expect(e.reason).toMatch(/article file not found/);
  });
});

describe("helpers", () => {
  it("normalises whitespace only", () => {
    expect(occursVerbatim("were in the mid 20s", "were in the\n  mid 20s")).toBe(true);
    expect(occursVerbatim("don't", "don’t")).toBe(false);
  });

  it("reports the starting line of records whose cells span lines", () => {
    const { records } = parseCsv('a,b\n1,"x\ny"\n\n2,z\n', "t.csv");
    expect(records.map((r) => r.line)).toEqual([2, 5]);
  });

  it("real curated files parse with one line per record", () => {
    const text = readFileSync(join(import.meta.dirname, "../curated/testimony.csv"), "utf8");
    expect(parseCsv(text, "t").records.length).toBe(text.trim().split("\n").length - 1);
  });
});
