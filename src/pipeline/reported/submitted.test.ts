import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { PipelineError } from "../lib/errors.ts";
import { FIXTURE, fixtureOptions, writeFixture } from "./fixture.ts";
import { runReported } from "./index.ts";

/** A figure a social worker sent the editors: no name, no article, consent and moderation recorded. */
const SUBMITTED =
  "sub-2026-11-30-1,,2026-11-30,testshire,24,24,,,,cases as sent,social worker,submitted,,,,assessment,24,0.8,yes,yes";
const testimony = (row: string): Record<string, string> => ({
  "curated/testimony.csv": `${FIXTURE["curated/testimony.csv"] ?? ""}${row}\n`,
});

function run(row: string): { lines: string[]; rows: Record<string, string>[] } {
  const root = writeFixture(testimony(row));
  const lines: string[] = [];
  runReported(fixtureOptions(root, (l) => lines.push(l)));
  const text = readFileSync(join(root, "out", "testimony.csv"), "utf8");
  return { lines, rows: Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data };
}

function stop(row: string): PipelineError {
  try {
    run(row);
  } catch (e) {
    if (e instanceof PipelineError) return e;
    throw e;
  }
  throw new Error("expected the step to stop");
}

describe("submitted figures in the testimony table", () => {
  it("writes a moderated figure with consent, without a name, with its team type, cases and FTE", () => {
    const { rows } = run(SUBMITTED);
    expect(rows.find((r) => r["kind"] === "submitted")).toMatchObject({
      name: "",
      council_slug: "testshire",
      team_type: "assessment",
      cases: "24",
      fte: "0.8",
      consent: "yes",
      moderated: "yes",
    });
  });
  it("leaves out a figure not yet moderated, and says so in the accounting", () => {
    const { lines, rows } = run(SUBMITTED.replace(/yes$/, "no"));
    expect(rows.some((r) => r["kind"] === "submitted")).toBe(false);
    expect(lines).toContain("  excluded 1: submitted figure not yet moderated (sub-2026-11-30-1)");
  });
  it.each([
    [SUBMITTED.replace(",yes,yes", ",no,yes"), "consent"],
    [SUBMITTED.replace(",yes,yes", ",,yes"), "consent"],
    [SUBMITTED.replace("sub-2026-11-30-1,,", "sub-2026-11-30-1,Jo Bloggs,"), "name"],
    [SUBMITTED.replace(",24,0.8,", ",24,1.5,"), "fte"],
    [SUBMITTED.replace(",24,0.8,", ",,0.8,"), "cases"],
  ])("stops on a submitted row that breaks a rule (%s)", (row, column) => {
    const e = stop(row);
    expect([e.file, e.line, e.column]).toEqual(["src/pipeline/curated/testimony.csv", 4, column]);
  });
});
