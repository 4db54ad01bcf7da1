import { describe, expect, it } from "vitest";
import { chartCardInput, councilCardInput, siteCardInput, subjectOf, testimonyCardInput } from "./cards.ts";
import { allTestimony, type Testimony } from "../data/reported.ts";
import { getCouncil } from "../data/councils.ts";
import { getChart } from "../../charts/registry.ts";

const testimony = (over: Partial<Testimony>): Testimony => ({
  id: "t",
  name: "Errin",
  date: "2018-09-22",
  councilSlug: null,
  caseloadLow: null,
  caseloadHigh: null,
  interpretation: "",
  role: "",
  kind: "first-hand",
  quote: "the lowest 38 and the highest 45",
  sourceId: "none",
  ...over,
});

describe("card text", () => {
  it("a chart card shows the chart's headline, subject, title and source", () => {
    const spec = getChart("england-caseload", "england");
    const card = chartCardInput(spec);
    expect(card.kicker).toBe("England");
    expect(card.value).toBe(spec.headline?.value);
    expect(card.label).toBe(spec.headline?.label);
    expect(card.title).toBe(spec.title);
    expect(card.source).toMatch(/^Source: Department for Education/);
  });

  it("names a council scope by the council's name", () => {
    expect(subjectOf({ scope: "walsall" })).toBe("Walsall");
    expect(subjectOf({ scope: "who-is-counted" })).toBe("Who is counted");
  });

  it("testimony with a range shows it with an en dash; without a figure, a quote", () => {
    expect(testimonyCardInput(testimony({ caseloadLow: 38, caseloadHigh: 45 })).value).toBe("38–45");
    expect(testimonyCardInput(testimony({ caseloadLow: 30, caseloadHigh: 30 })).value).toBe("30");
    const quoted = testimonyCardInput(testimony({}));
    expect(quoted.value).toBe("“the lowest 38 and the highest 45”");
    expect(quoted.label).toContain("Errin");
  });

  it("works for every testimony row in data/", () => {
    for (const t of allTestimony()) {
      const card = testimonyCardInput(t);
      expect(card.value ?? "").not.toBe("");
      expect(card.source).toMatch(/^Source:/);
    }
  });

  it("a council card shows its latest caseload to one decimal place", () => {
    const walsall = getCouncil("walsall");
    expect(walsall).toBeDefined();
    if (!walsall) return;
    const card = councilCardInput(walsall);
    expect(card.kicker).toBe("Walsall");
    expect(card.value).toMatch(/^\d+\.\d$/);
    expect(card.label).toMatch(/Average caseload per children's social worker, 20\d\d/);
  });

  it("the site card shows England's latest caseload", () => {
    const card = siteCardInput();
    expect(card.value).toMatch(/^\d+\.\d$/);
    expect(card.label).toMatch(/England/);
  });
});
