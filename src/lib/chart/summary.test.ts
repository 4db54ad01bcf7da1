import { describe, expect, it } from "vitest";
import { summaryOf } from "./types.ts";

describe("summaryOf", () => {
  it("is the description's first sentence, not cut at a decimal point or inside a quotation", () => {
    const description =
      "England's official average caseload fell from 17.7 in 2017 to 15.2 in 2025. Each year about 150 council returns spread around it.";
    expect(summaryOf({ description })).toBe(
      "England's official average caseload fell from 17.7 in 2017 to 15.2 in 2025.",
    );
    expect(summaryOf({ description: "Of 7 figures, 2 match. “Mid 20s” differs." })).toBe("Of 7 figures, 2 match.");
  });

  it("prefers the chart's own summary, and keeps a one-sentence description whole", () => {
    expect(summaryOf({ description: "A. B.", summary: "Plain words." })).toBe("Plain words.");
    expect(summaryOf({ description: "One sentence only" })).toBe("One sentence only");
  });
});
