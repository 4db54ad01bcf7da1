import { contextFor } from "../lib/testimony/context.ts";
import { describe, expect, it } from "vitest";
import { readTable } from "../lib/data/load.ts";
import {
  councilYears,
  gradeDistributions,
  highestEver,
  inspectionMatching,
  practitionerRanges,
  yearDistributions,
} from "./findings.ts";
import {
  englandSentence,
  gradeSentence,
  highestSentence,
  practitionerFacts,
  practitionerSentence,
} from "./statements.ts";

/** Council rows with a caseload, straight from the CSV (an independent route to the same numbers). */
const raw = readTable("workforce").filter(
  (r) => r["geographic_level"] === "Local authority" && r["caseload_fte"] !== "",
);

describe("council figures", () => {
  it("holds every published council caseload once", () => {
    expect(councilYears()).toHaveLength(raw.length);
  });

  it("finds the highest figure in any year", () => {
    const max = Math.max(...raw.map((r) => Number(r["caseload_fte"])));
    const top = highestEver();
    expect(top.value).toBe(max);
    const row = raw.find((r) => Number(r["caseload_fte"]) === max);
    expect(top.name).toBe(row?.["la_name"]);
    expect(highestSentence()).toContain(`above ${max.toFixed(1)} (${top.name}, ${String(top.year)})`);
  });

  it("bins every council once per year", () => {
    for (const y of yearDistributions()) {
      expect(y.bins.reduce((s, b) => s + b.items.length, 0)).toBe(y.summary.n);
      expect(y.summary.max).toBe(y.highest.value);
    }
    expect(englandSentence()).toMatch(/^England's official average caseload per children's social worker (fell|rose)/);
  });
});

describe("matching to a 30 September count", () => {
  it("matches an inspection that starts on 30 September to that day's count (Devon, 2024)", () => {
    const m = inspectionMatching().matched.find((x) => x.inspection.id === "devon-2025-05-13-ilacs-standard");
    expect(m?.inspection.inspectionDate).toBe("2024-09-30");
    expect(m?.countYear).toBe(2024);
  });

  it("reads each comment against the same count on the home page and on its testimony page", () => {
    const ranges = practitionerRanges();
    expect(ranges.length).toBeGreaterThan(0);
    for (const r of ranges) {
      const ctx = contextFor(r.testimony);
      expect(ctx.year, r.testimony.id).toBe(r.countYear);
      expect(ctx.england, r.testimony.id).toBe(r.england);
    }
    const darcy = ranges.find((r) => r.testimony.name.startsWith("Darcy"));
    expect(darcy?.testimony.date).toBe("2018-09-22");
    expect(darcy?.countYear).toBe(2017);
  });

  it("matches Walsall's October 2021 inspection to its 2021 count", () => {
    const m = inspectionMatching().matched.find((x) => x.inspection.id === "walsall-2021-11-26-ilacs-standard");
    expect(m?.countYear).toBe(2021);
    expect(m?.value).toBe(13.3);
    expect(m?.grade).toBe("Good");
  });

  it("accounts for every inspection: matched or left out for a stated reason", () => {
    const m = inspectionMatching();
    const total = readTable("inspections").length;
    expect(m.matched.length + m.noInspectionDate + m.beforeSeries + m.noValue + m.unofficial).toBe(total);
    expect(gradeDistributions().reduce((s, g) => s + g.summary.n, 0)).toBe(m.matched.length);
    expect(gradeSentence()).toContain(`Across ${m.matched.length.toLocaleString("en-GB")} inspections`);
  });
});

describe("practitioners' ranges", () => {
  it("compares the lowest stated figure with England's average at the count before", () => {
    const f = practitionerFacts();
    expect(f).not.toBeNull();
    if (!f) return;
    const lows = practitionerRanges().map((p) => p.low);
    expect(f.low).toBe(Math.min(...lows));
    const england = readTable("workforce").find(
      (r) => r["geographic_level"] === "National" && r["time_period"] === String(f.countYear),
    );
    expect(f.england).toBe(Number(england?.["caseload_fte"]));
    expect(f.atOrAbove).toBe(raw.filter((r) => Number(r["caseload_fte"]) >= f.low).length);
    expect(practitionerSentence()).toContain(`${(f.low / f.england).toFixed(1)} times England's average`);
  });
});
