import { describe, expect, it } from "vitest";
import { renderPlot } from "../../lib/chart/render.ts";
import { getChart } from "../registry.ts";
import { realityStrips, type SpreadRow, type StripRow } from "./plot.ts";
import { describePanel } from "./spec.ts";
import { panelFor, spreadOf } from "./model.ts";

const rows: StripRow[] = [
  { measure: "A", role: "council", name: "Town", x: 0.5, label: "10.0" },
  { measure: "A", role: "england", name: "England", x: 0.75, label: "15.0" },
  { measure: "B", role: "council", name: "Town", x: null, label: "no figure (x)" },
  { measure: "B", role: "region", name: "North", x: 0.4, label: "40%" },
];
const spread: SpreadRow[] = [{ measure: "A", min: 0.3, q1: 0.45, q3: 0.8, max: 1 }];

describe("reality-check", () => {
  it("draws the council's dot, England and the region with their values, and names a missing value", () => {
    const svg = renderPlot(
      realityStrips(rows, spread, { width: 640, measures: ["A", "B"], maxLabels: { A: "20.0", B: "100%" } }),
    );
    expect(svg).toContain("<title>A, Town: 10.0</title>");
    expect(svg).toContain("England 15.0");
    expect(svg).toContain("North 40%");
    expect(svg).toContain("Town: no figure (x)");
  });
  it("is the same drawing every time (snapshot)", async () => {
    const svg = renderPlot(
      realityStrips(rows, spread, { width: 640, measures: ["A", "B"], maxLabels: { A: "20.0", B: "100%" } }),
    );
    await expect(svg).toMatchFileSnapshot("./__snapshots__/reality-check.svg");
  });
  it("its table prints each value as the description does (a ratio to 2 dp, a share with %), the CSV keeps it raw", () => {
    const spec = getChart("reality-check", "northumberland");
    const value = spec.columns.find((c) => c.key === "value");
    const cells = spec.rows.map((row) => value?.cell?.(row) ?? "");
    const shown = (measure: string, area: string): string | undefined =>
      cells[spec.rows.findIndex((r) => String(r["measure"]).startsWith(measure) && r["area"] === area)];
    for (const area of ["Northumberland", "England", "lowest council", "highest council"]) {
      const ratio = shown("Cases recorded per child in need", area) ?? "";
      expect(ratio).toMatch(/^\d\.\d\d$/);
      expect(spec.description).toContain(ratio);
      expect(shown("Share of social worker", area)).toMatch(/^\d+\.\d%$/);
    }
    expect(spec.rows.every((r) => typeof r["value"] === "number" || r["value"] === null)).toBe(true);
  });
  it("spreadOf gives min, quartiles and max, ignoring missing values", () => {
    expect(spreadOf([4, null, 1, 3, 2, 5])).toEqual({ n: 5, min: 1, q1: 2, median: 3, q3: 4, max: 5 });
    expect(spreadOf([null])).toBeNull();
  });
  it("describes Walsall's panel from the data: every measure with England and the region", () => {
    const p = panelFor("walsall");
    if (!p) throw new Error("no Walsall panel");
    const d = describePanel(p);
    const e = p.lines.find((l) => l.measure.key === "cin_per_case_holder_fte");
    expect(d).toContain(
      `Children in need per case-holding FTE, ${String(p.year)}: Walsall ${(e?.council.value ?? 0).toFixed(1)}`,
    );
    expect(d).toContain(`England ${(e?.england.value ?? 0).toFixed(1)}`);
    expect(d).toContain("West Midlands");
    expect(d).toMatch(/3\+ social workers \(2024\): Walsall \d+\.\d%/);
  });
  it("names the joint return on Kingston's chart, and keeps 3+ social workers as Kingston's own", () => {
    const spec = getChart("reality-check", "kingston-upon-thames");
    expect(spec.description).toContain("Kingston upon Thames / Richmond upon Thames (joint return)");
    expect(spec.description).toMatch(/\(2024\): Kingston upon Thames \d/);
    expect(spec.notes.join(" ")).toMatch(/joint workforce return/);
  });
});
