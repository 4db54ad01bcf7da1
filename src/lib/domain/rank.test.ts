import { describe, expect, it } from "vitest";
import { ordinal, rankText, rankWithTies, tiedWith } from "./rank.ts";

describe("the ranking rule: ties share a place and say joint", () => {
  const values = [20, 19.4, 19.4, 18, 16.6, 16.6, 16.6, 12];
  it("gives tied values the same place, and the next value the place after all of them", () => {
    expect(rankWithTies(values, 19.4)).toEqual({ place: 2, tied: 2, total: 8, order: "highest" });
    expect(rankWithTies(values, 18).place).toBe(4);
    expect(rankWithTies(values, 12, "lowest")).toEqual({ place: 1, tied: 1, total: 8, order: "lowest" });
    expect(rankWithTies(values, 16.6, "lowest").place).toBe(2);
  });
  it("says joint only when another value shares the place", () => {
    expect(rankText(rankWithTies(values, 19.4))).toBe("joint 2nd highest of 8");
    expect(rankText(rankWithTies(values, 16.6))).toBe("joint 5th highest of 8");
    expect(rankText(rankWithTies(values, 20))).toBe("1st highest of 8");
  });
  it("names who shares the place", () => {
    expect(tiedWith(["Dudley"])).toBe("with Dudley");
    expect(tiedWith(["A", "B"])).toBe("with two others");
    expect(tiedWith([])).toBe("");
  });
  it("refuses a value that is not among those ranked", () => {
    expect(() => rankWithTies(values, 7)).toThrow(/not among/);
  });
  it("writes English ordinals", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 92, 111, 113].map(ordinal).join(" ")).toBe(
      "1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 23rd 92nd 111th 113th",
    );
  });
});
