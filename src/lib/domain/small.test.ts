import { describe, expect, it } from "vitest";
import { isSmallCouncil, isSmallFte, SMALL_FTE, smallLeftOut } from "./small.ts";

describe("the small-numbers rule: fewer than 5 case-holding FTE", () => {
  it("calls a return small below the threshold only", () => {
    expect(SMALL_FTE).toBe(5);
    expect(isSmallFte(1)).toBe(true);
    expect(isSmallFte(4.3)).toBe(true);
    expect(isSmallFte(5)).toBe(false);
    expect(isSmallFte(null)).toBe(false);
  });
  it("flags the Isles of Scilly every year, City of London only when it had under 5 FTE", () => {
    expect(isSmallCouncil("isles-of-scilly", 2025)).toBe(true);
    expect(isSmallCouncil("isles-of-scilly", 2017)).toBe(true);
    expect(isSmallCouncil("city-of-london", 2018)).toBe(true);
    expect(isSmallCouncil("city-of-london", 2025)).toBe(false);
    expect(isSmallCouncil("rutland", 2021)).toBe(false);
    expect(isSmallCouncil("birmingham", 2025)).toBe(false);
  });
  it("says what it leaves out", () => {
    expect(smallLeftOut(["Isles of Scilly"])).toBe(
      "Isles of Scilly (fewer than 5 case-holding social workers, FTE) is left out.",
    );
    expect(smallLeftOut([])).toBe("");
  });
});
