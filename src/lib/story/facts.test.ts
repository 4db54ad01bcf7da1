import { describe, expect, it } from "vitest";
import { readTable } from "../data/load.ts";
import {
  councilYears,
  countBefore,
  countOnOrBefore,
  gradeDistributions,
  highestEver,
  inspectionMatching,
  practitionerRanges,
  yearDistributions,
} from "./facts.ts";
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
  it("takes the last count strictly before an inspection, and on or before a comment", () => {
    expect(countBefore("2021-10-04")).toBe(2021);
    expect(countBefore("2021-09-30")).toBe(2020);
    expect(countBefore("2017-07-01")).toBeNull();
    expect(countOnOrBefore("2018-09-22")).toBe(2017);
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
