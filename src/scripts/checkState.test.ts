import { describe, expect, it } from "vitest";
import { bandOf, fill, numText, readState, shareFrom, stateQuery, type Band } from "./checkState.ts";

const bands: Band[] = [
  [1, 5, 9.17, 0],
  [5, 10, 11.17, 0],
  [10, 15, 19.18, 0],
  [15, 20, 28.22, 0],
  [20, 25, 20.02, 0],
  [25, 50, 12.24, 1],
];
const known = (s: string): boolean => s === "walsall";
const read = (q: string) => readState(new URLSearchParams(q), known, 37);

describe("/check/ rules", () => {
  it("reads a good address and writes it back", () => {
    const { state, notices } = read("council=walsall&cases=24&fte=1");
    expect(state).toEqual({ council: "walsall", cases: 24, fte: 1 });
    expect(notices).toEqual([]);
    expect(stateQuery(state)).toBe("?council=walsall&cases=24&fte=1");
    expect(stateQuery({ council: "", cases: null, fte: 0.5 })).toBe("?council=&cases=&fte=0.5");
  });
  it("converts hours against the full-time week when no FTE is given", () => {
    expect(read("cases=12&hours=18.5").state.fte).toBe(0.5);
  });
  it.each([
    ["council=%3Cscript%3Ealert(1)%3C%2Fscript%3E&cases=24", ["council"]],
    ["council=narnia&cases=24", ["council"]],
    ["cases=1e9", ["cases"]],
    ["cases=-3", ["cases"]],
    ["cases=NaN&fte=NaN", ["cases", "fte"]],
    ["cases=151", ["cases"]],
    ["cases=10&fte=2", ["fte"]],
    ["cases=10&hours=80", ["fte"]],
    ["cases=10&fte=0", ["fte"]],
  ])("%s gives a notice and the default", (q, expected) => {
    const { state, notices } = read(q);
    expect(notices).toEqual(expected);
    if (expected.includes("council")) expect(state.council).toBe("");
    if (expected.includes("cases")) expect(state.cases).toBeNull();
    if (expected.includes("fte")) expect(state.fte).toBe(1);
  });
  it("places a caseload per FTE in its band, the last band including 50", () => {
    expect(bandOf(24, bands)?.[0]).toBe(20);
    expect(bandOf(25, bands)?.[0]).toBe(25);
    expect(bandOf(50, bands)?.[0]).toBe(25);
    expect(bandOf(50.1, bands)).toBeUndefined();
    expect(bandOf(0.5, bands)).toBeUndefined();
    expect(shareFrom(bands, 20)).toBeCloseTo(32.26, 6);
  });
  it("fills templates and prints numbers plainly", () => {
    expect(fill("{a} and {b}", { a: "1" })).toBe("1 and ");
    expect([numText(24), numText(26.66)]).toEqual(["24", "26.7"]);
  });
});
