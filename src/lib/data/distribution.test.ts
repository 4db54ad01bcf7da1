import { describe, expect, it } from "vitest";
import { distribution2021, shareAtOrAbove } from "./distribution.ts";

describe("distribution2021 (the committed table)", () => {
  const d = distribution2021();
  it("has six contiguous groups from 1 to 50, only the last derived, proportions summing to 100", () => {
    expect(d.groups.map((g) => [g.from, g.to])).toEqual([
      [1, 5],
      [5, 10],
      [10, 15],
      [15, 20],
      [20, 25],
      [25, 50],
    ]);
    expect(d.groups.map((g) => g.derived)).toEqual([false, false, false, false, false, true]);
    expect(d.groups.reduce((n, g) => n + g.proportion, 0)).toBeCloseTo(100, 6);
  });
  it("reads the footnotes and the 2021 average", () => {
    expect([d.noCases.fte, d.zeroFte.headcount, d.zeroFte.cases, d.over50.fte, d.over50.cases]).toEqual([
      17930, 26, 309, 91, 4878,
    ]);
    expect(d.average.caseloadFte).toBe(16.3);
  });
  it("adds up the share at or above a group's lower end", () => {
    const top = d.groups.at(-1)?.proportion ?? NaN;
    const next = d.groups.at(-2)?.proportion ?? NaN;
    expect(shareAtOrAbove(d, 25)).toBeCloseTo(top, 6);
    expect(shareAtOrAbove(d, 20)).toBeCloseTo(top + next, 6);
    expect(shareAtOrAbove(d, 1)).toBeCloseTo(100, 6);
  });
});
