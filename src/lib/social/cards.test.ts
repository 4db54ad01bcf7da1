import { describe, expect, it } from "vitest";
import {
  chartCardInput,
  chartPicture,
  pictureSvg,
  councilCardInput,
  siteCardInput,
  subjectOf,
  testimonyCardInput,
} from "./cards.ts";
import { cardLayout } from "./card.ts";
import { escapeXml } from "../escape.ts";
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
  it("a chart card draws its subject, its title once, a picture of the chart and the source", async () => {
    const spec = getChart("england-caseload", "england");
    const card = chartCardInput(spec, await chartPicture(spec));
    expect(card.kicker).toBe("England");
    expect(card.source).toMatch(/^Source: Department for Education/);
    expect(card.image?.src).toMatch(/^data:image\/png;base64,/);
    const drawn = cardLayout(card).middle.map((b) => b.lines.join(" "));
    expect(drawn).toEqual([spec.title]);
  });

  it("a chart card's picture carries the chart's key, so its lines are named", () => {
    const spec = getChart("caseload-trend", "walsall");
    const labels = (spec.key ?? []).map((k) => k.label);
    expect(labels.length).toBeGreaterThan(1);
    const { svg } = pictureSvg(spec);
    for (const label of labels) expect(svg).toContain(`>${escapeXml(label)}</text>`);
  });

  it("a tall chart's picture keeps its shape on the card: the boundary map is narrowed, not squashed", async () => {
    const spec = getChart("map-boundaries", "england");
    const picture = await chartPicture(spec);
    const drawn = cardLayout(chartCardInput(spec, picture)).image;
    expect(picture.height).toBeGreaterThan(picture.width);
    expect(drawn?.height).toBeGreaterThan(200);
    expect(Math.abs((drawn?.width ?? 0) / (drawn?.height ?? 1) - picture.width / picture.height)).toBeLessThan(0.01);
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
    expect(card.label).toMatch(/Average caseload per children's social worker, 30 September 20\d\d/);
    // Walsall against England on one scale, and its latest grade.
    expect(card.figures?.map((f) => f.label)).toEqual(["Walsall", "England"]);
    expect(card.figures?.[0]?.value).toBe(card.value);
    expect(card.note?.text).toMatch(/^Ofsted: (Outstanding|Good|Requires improvement|Inadequate) \(/);
  });

  it("the site card sets England's latest caseload against the practitioners' stated range", () => {
    const gap = { count: 2, low: 38, high: 46, years: "2018", englandThen: 17.7, countYear: 2017 };
    const card = siteCardInput(gap);
    expect(card.value).toMatch(/^\d+\.\d$/);
    expect(card.figures?.map((f) => f.value)).toEqual([card.value, "38–46"]);
    expect(card.figures?.[1]?.label).toBe(
      "The caseloads 2 social workers described in comments under a news article in 2018 (England's average then: 17.7, 30 September 2017)",
    );
  });
});
