/**
 * The context reader over the committed tables, and its stop on a bad cell (a broken copy in a temporary DATA_DIR).
 */
import { describe, it, expect, vi, afterEach } from "vitest";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { contextEngland, contextFor, contextRegion, pairingRule, socialWorkersArea, socialWorkersFor } from "./context.ts";

describe("context reader", () => {
  it("England 2025: case-holder share, counts per case-holding FTE", () => {
    const e = contextEngland().find((r) => r.year === 2025);
    expect(e?.countDate).toBe("2025-03-31");
    expect(e?.values.case_holder_share.value?.toFixed(1)).toBe("50.7");
    expect(e?.values.cin_per_case_holder_fte.value?.toFixed(1)).toBe("19.1");
    expect(e?.values.caseload_fte.value).toBe(15.2);
  });
  it("joint returns cover both councils; symbols stay symbols", () => {
    const r = contextFor("richmond-upon-thames").at(-1);
    expect(r?.joint).toBe(true);
    expect(r?.councilSlugs).toEqual(["kingston-upon-thames", "richmond-upon-thames"]);
    const kc = contextFor("kensington-and-chelsea").find((x) => x.year === 2025);
    expect(kc?.values.case_holder_share).toEqual({ value: null, status: "x" });
  });
  it("regions, 3+ social workers and the pairing rule", () => {
    expect(contextRegion("E12000005").map((r) => r.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(socialWorkersArea("England")?.number.value).toBe(22140);
    expect(socialWorkersFor("walsall")?.share.value).toBeGreaterThan(0);
    expect(pairingRule()).toMatch(/31 March .* 30 September/);
  });
});

describe("a bad cell stops the build with file, line and column", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });
  it("names the line and column of a non-number", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cc-ctx-data-"));
    const lines = readFileSync(join("data", "council_context.csv"), "utf8").split("\n");
    const header = (lines[0] ?? "").split(",");
    const col = header.indexOf("cases_per_cin");
    const cells = (lines[3] ?? "").split(",");
    cells[col] = "0.8o";
    lines[3] = cells.join(",");
    writeFileSync(join(dir, "council_context.csv"), lines.join("\n"));
    for (const f of ["cla_social_workers_2024.csv", "council_context.meta.json"]) copyFileSync(join("data", f), join(dir, f));
    vi.stubEnv("DATA_DIR", dir);
    vi.resetModules();
    const fresh = await import("./context.ts");
    expect(() => fresh.contextEngland()).toThrow('data/council_context.csv, line 4, column "cases_per_cin": must be a number or empty');
  });
});
