import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { allCouncils } from "../data/councils.ts";
import { allTestimony } from "../data/reported.ts";
import { getChart } from "../../charts/registry.ts";

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
      if (!spec) continue;
      expect(spec.notes.join(" ")).toContain(`Statistical neighbours (${c.statNeighboursSource})`);
      expect(spec.notes.join(" ")).not.toContain("DfE's children's services list");
    }
    expect(allCouncils().find((c) => c.slug === "walsall")?.statNeighboursSource).toBe(
      "DfE statistical neighbour model, 2025",
    );
  });
});
