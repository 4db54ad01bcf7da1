import { describe, expect, it } from "vitest";
import type { Testimony } from "./reported.ts";
import { MIN_PEOPLE, councilSummary } from "./smallNumbers.ts";

const person = (i: number, over: Partial<Testimony> = {}): Testimony => ({
  id: `p-${String(i)}`,
  name: `Person ${String(i)}`,
  date: "2026-11-30",
  councilSlug: "walsall",
  caseloadLow: 20 + i,
  caseloadHigh: 20 + i,
  interpretation: "",
  role: "",
  kind: "first-hand",
  quote: "",
  sourceId: "s",
  teamType: "",
  cases: null,
  fte: null,
  consent: "",
  moderated: "",
  ...over,
});

describe("small-number rule", () => {
  it("gives no council summary from fewer than five people", () => {
    const four = [1, 2, 3, 4].map((i) => person(i));
    expect(MIN_PEOPLE).toBe(5);
    expect(councilSummary(four, "walsall")).toBeNull();
  });
  it("counts people, not rows: five comments by four commenters are still too few", () => {
    const rows = [...[1, 2, 3, 4].map((i) => person(i)), person(5, { name: "Person 1", id: "p-1b" })];
    expect(councilSummary(rows, "walsall")).toBeNull();
  });
  it("summarises five people, submitted figures counting one each, and only the council asked for", () => {
    const rows = [
      ...[1, 2, 3].map((i) => person(i)),
      person(4, { kind: "submitted", name: "", caseloadLow: 30, caseloadHigh: 30 }),
      person(5, { kind: "submitted", name: "", caseloadLow: 18, caseloadHigh: 18 }),
      person(6, { councilSlug: "dudley", caseloadLow: 60, caseloadHigh: 60 }),
    ];
    expect(councilSummary(rows, "walsall")).toEqual({ people: 5, lowest: 18, highest: 30 });
    expect(councilSummary(rows, "dudley")).toBeNull();
  });
});
