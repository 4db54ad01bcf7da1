import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { binBy, quantile, summarise } from "./stats.ts";

describe("quantile", () => {
  it("interpolates between ranks", () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe("summarise", () => {
  it("gives min, quartiles, median and max in any order", () => {
    expect(summarise([5, 1, 3])).toEqual({ n: 3, min: 1, q1: 2, median: 3, q3: 4, max: 5 });
  });
  it("throws on nothing", () => {
    expect(() => summarise([])).toThrow(/no values/);
  });
});

describe("binBy", () => {
  it("puts 17.0-17.9 together and 18.0 in the next bin", () => {
    const bins = binBy([17, 17.9, 18, 9.95], (v) => v, 1);
    expect(bins.map((b) => [b.from, b.to, b.items])).toEqual([
      [10, 11, [9.95]],
      [17, 18, [17, 17.9]],
      [18, 19, [18]],
    ]);
  });

  it("keeps every item exactly once, each inside its bin (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 600 }).map((n) => n / 10)), (values) => {
        const bins = binBy(values, (v) => v, 1);
        expect(bins.reduce((s, b) => s + b.items.length, 0)).toBe(values.length);
        for (const b of bins) for (const v of b.items) expect(v >= b.from && v < b.to).toBe(true);
      }),
    );
  });
});
