import { describe, expect, it } from "vitest";
import { englandSentence, gradeSentence, headline, practitionerSentence } from "./statements.ts";
import { gradeDistributions, yearDistributions } from "./findings.ts";

describe("the home page's sentences say what the figures are", () => {
  it("the headline says how many practitioners' figures there are and from when", () => {
    expect(headline()).toBe(
      "Official caseloads average 15.2 (2025). Two social workers commenting in 2018 described 38 or more",
    );
  });
  it("shows what each commenter said, not a range they did not give", () => {
    const s = practitionerSentence();
    expect(s).toContain("38 to 45; at least 38 for themselves, with the mid 40s for their team");
    expect(s).not.toMatch(/38[–-]46|38 to 46/);
  });
});

describe("small returns stay out of the extremes and ranges the prose states, which say so", () => {
  it("leaves the Isles of Scilly out of England's range and names it", () => {
    const latest = yearDistributions().at(-1);
    expect(latest?.lowest.name).toBe("Isles of Scilly");
    expect(latest?.stated.lowest.name).not.toBe("Isles of Scilly");
    const s = englandSentence();
    expect(s).not.toContain("6.0 (Isles of Scilly)");
    expect(s).toContain("Isles of Scilly (fewer than 5 case-holding social workers, FTE) is left out of the range.");
  });
  it("leaves small returns out of the grade ranges and says so", () => {
    const inadequate = gradeDistributions().find((g) => g.grade === "Inadequate");
    expect(inadequate?.summary.min).toBe(9);
    expect(inadequate?.stated.lowest.value).toBeGreaterThan(9);
    expect(inadequate?.stated.leftOut.every((m) => m.small)).toBe(true);
    expect(gradeSentence()).toContain("left out of the range");
    expect(gradeSentence()).not.toContain(" from 9.0 to");
  });
});
