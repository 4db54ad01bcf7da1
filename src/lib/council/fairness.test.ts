import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { allCouncils } from "../data/councils.ts";
import { allTestimony } from "../data/reported.ts";
import { getChart } from "../../charts/registry.ts";
import { chartCsv } from "../csv.ts";
import { dp1 } from "../domain/format.ts";
import { quantile } from "../domain/stats.ts";
import { seriesFor } from "../data/workforce.ts";
import { sameGradeCouncils, seriesYears } from "./model.ts";

const curated = Papa.parse<Record<string, string>>(
  readFileSync(join(process.cwd(), "src/pipeline/curated/testimony.csv"), "utf8"),
  { header: true, skipEmptyLines: true },
).data;
const slugOf = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

describe("people", () => {
  it("gives testimony ids that carry no name", () => {
    const names = curated.map((r) => slugOf(r["name"] ?? "")).filter((n) => n.length >= 3);
    for (const t of allTestimony()) {
      expect(t.id).toMatch(/^[a-z0-9-]+-c\d+$|^sub-\d{4}-\d{2}-\d{2}-\d+$/);
      for (const n of names) expect(t.id.includes(n), `${t.id} contains ${n}`).toBe(false);
    }
  });
  it("keeps the excluded commenters out of every data table", () => {
    const excluded = curated.filter((r) => (r["excluded"] ?? "") !== "").map((r) => r["name"] ?? "");
    expect(excluded.length).toBeGreaterThan(0);
    const dir = join(process.cwd(), "data");
    const text = readdirSync(dir)
      .filter((f) => f.endsWith(".csv") || f.endsWith(".json"))
      .map((f) => readFileSync(join(dir, f), "utf8"))
      .join("\n");
    // Only names distinctive enough to find: "Anonymous" and "Colin" may appear in other words or names.
    for (const name of excluded.filter((n) => n.length >= 6 && n !== "Anonymous"))
      expect(text.includes(name), name).toBe(false);
    const kept = new Set(allTestimony().map((t) => t.name));
    expect(excluded.filter((n) => kept.has(n))).toEqual([]);
  });
});

describe("statistical neighbours are labelled by their true source and year", () => {
  it("names the list on every neighbours chart", () => {
    for (const c of allCouncils()
      .filter((x) => x.statNeighbours.length > 0)
      .slice(0, 40)) {
      const spec = getChart("caseload-neighbours", c.slug);
      expect(spec.notes.join(" ")).toContain(`Statistical neighbours (${c.statNeighboursSource})`);
      expect(spec.notes.join(" ")).not.toContain("DfE's children's services list");
    }
    expect(allCouncils().find((c) => c.slug === "walsall")?.statNeighboursSource).toBe(
      "DfE statistical neighbour model, 2025",
    );
  });
});

describe("the one rounding rule in prose, tables and downloads", () => {
  it("rounds exact .x5 same-grade quartiles up in the chart's table and its CSV download", () => {
    let checked = 0;
    for (const c of allCouncils().filter((x) => x.status === "current")) {
      const { councils } = sameGradeCouncils(c.slug);
      if (councils.length < 3) continue;
      const spec = getChart("caseload-same-grade", c.slug);
      const csv = chartCsv(spec);
      for (const year of seriesYears()) {
        const vals = councils
          .flatMap((x) => seriesFor(x.slug, "caseload_fte").filter((p) => p.year === year && p.value !== null))
          .map((p) => p.value ?? 0);
        const raw =
          [...new Set(vals)].length === vals.length
            ? quantile(
                [...vals].sort((a, b) => a - b),
                0.25,
              )
            : NaN;
        if (!Number.isFinite(raw) || !/\.\d5$/.test(String(Number(raw.toPrecision(12))))) continue;
        const row = spec.rows.find((r) => r["time_period"] === year && r["low"] !== null && r["low"] !== undefined);
        expect(row?.["low"], `${c.slug} ${String(year)}`).toBe(Number(dp1(raw)));
        expect(Number(dp1(raw))).toBeGreaterThan(raw);
        expect(csv).toContain(`,${String(Number(dp1(raw)))},`);
        checked += 1;
      }
      if (checked >= 5) break;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
