import { describe, expect, it } from "vitest";
import { allCharts } from "../registry.ts";
import { allTestimony } from "../../lib/data/reported.ts";

describe("testimonyCharts", () => {
  const charts = allCharts().filter((c) => c.page === "/reported/" || c.page.startsWith("/testimony/"));
  it("one testimony-range chart per testimony, with its page and unique keys", () => {
    const ranges = charts.filter((c) => c.chart === "testimony-range");
    expect(ranges.map((c) => c.scope).sort()).toEqual(
      allTestimony()
        .map((t) => t.id)
        .sort(),
    );
    for (const c of ranges) expect(c.page).toBe(`/testimony/${c.scope}/`);
    expect(new Set(charts.map((c) => `${c.chart}/${c.scope}`)).size).toBe(charts.length);
  });
  it("rows are the data drawn; a range testimony states its figures in title and description", () => {
    const errin = charts.find((c) => c.scope === "cc-2018-09-05-east-sussex-c10");
    expect(errin?.title).toContain("38 to 45");
    expect(errin?.rows[0]).toMatchObject({ value_low: 38, value_high: 45 });
    expect(errin?.description).toMatch(/England's official average caseload was \d+\.\d/);
    expect(errin?.sources.map((s) => s.licence)).toEqual(["quoted", "ogl"]);
  });
  it("reported charts count verdicts from the data", () => {
    const c = charts.find((x) => x.chart === "reported-vs-official-caseload");
    expect(c?.rows.length).toBeGreaterThan(0);
    expect(c?.title).toMatch(/^Caseload: \d+ of \d+ reported figures match/);
    expect(
      c?.rows.some((r) => r["verdict"] === "cannot be checked: a team's caseload, not the council-wide average"),
    ).toBe(true);
  });
});
