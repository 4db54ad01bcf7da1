import { describe, expect, it } from "vitest";
import { getCouncil, type Council } from "../data/councils.ts";
import { latestInspection } from "../data/inspections.ts";
import { englandSeries, seriesFor } from "../data/workforce.ts";
import { dp1, longDate } from "../domain/format.ts";
import { storyKit } from "./summary.ts";

const council = (slug: string): Council => {
  const c = getCouncil(slug);
  if (!c) throw new Error(slug);
  return c;
};
const at = (slug: string, year: number): number | null =>
  seriesFor(slug, "caseload_fte").find((p) => p.year === year)?.value ?? null;
const england = (year: number): number | null =>
  englandSeries("caseload_fte").find((p) => p.year === year)?.value ?? null;

describe("storyKit", () => {
  it("a normal council (Walsall): first and latest figures against England, its neighbours and its grade, one caveat", () => {
    const kit = storyKit(council("walsall"));
    const [trend, neighbours, grade] = kit.sentences;
    expect(trend).toContain(
      `from ${dp1(at("walsall", 2017) ?? NaN)} in 2017 to ${dp1(at("walsall", 2025) ?? NaN)} in 2025`,
    );
    expect(trend).toContain(`England's fell from ${dp1(england(2017) ?? NaN)} to ${dp1(england(2025) ?? NaN)}`);
    expect(neighbours).toMatch(/^Among Walsall and its 10 statistical neighbours with a 2025 figure, it was /);
    const g = latestInspection("walsall");
    expect(grade).toContain(
      `${g?.overall ?? "?"} (${g?.type ?? "?"} inspection, published ${longDate(g?.publicationDate ?? "")}`,
    );
    expect(grade).toContain(g?.source === "unofficial" ? "unofficial" : "official");
    expect(kit.caveats).toHaveLength(1);
    expect(kit.caveats[0]).toContain("not a team's or a person's caseload");
  });

  it("a joint return (Kingston upon Thames): the caveat names Richmond, and the shared row is not its own neighbour", () => {
    for (const slug of ["kingston-upon-thames", "richmond-upon-thames"]) {
      const kit = storyKit(council(slug));
      const other = slug === "kingston-upon-thames" ? "Richmond upon Thames" : "Kingston upon Thames";
      expect(kit.caveats.some((t) => t.startsWith("Joint return:") && t.includes(other))).toBe(true);
    }
    // Richmond is one of Kingston's statistical neighbours but shares its row: 9 neighbours, not 10.
    expect(council("kingston-upon-thames").statNeighbours).toContain("richmond-upon-thames");
    expect(storyKit(council("kingston-upon-thames")).sentences[1]).toMatch(/its 9 statistical neighbours/);
  });

  it("a reorganised council: Cumbria (abolished) runs to 2022 and names its successors; Westmorland and Furness from 2023", () => {
    const cumbria = storyKit(council("cumbria"));
    expect(cumbria.sentences[0]).toContain("in 2017 to");
    expect(cumbria.sentences[0]).toContain("in 2022");
    expect(
      cumbria.caveats.some((t) => t.includes("abolished on 31 March 2023") && t.includes("Westmorland and Furness")),
    ).toBe(true);
    const wf = storyKit(council("westmorland-and-furness"));
    expect(wf.sentences[0]).toContain(`from ${dp1(at("westmorland-and-furness", 2023) ?? NaN)} in 2023`);
    expect(
      wf.caveats.some((t) => t.includes("earlier figures are Cumbria's") && t.includes("compare from 2023 only")),
    ).toBe(true);
  });

  it("a council with a suppressed year (Suffolk 2018): the year and DfE's symbol travel with it", () => {
    expect(seriesFor("suffolk", "caseload_fte").find((p) => p.year === 2018)?.status).toBe("x");
    const kit = storyKit(council("suffolk"));
    expect(kit.caveats).toContain("No figure for 2018 (x: not available).");
    expect(kit.sentences[0]).toContain("2018 (x: not available)");
  });

  it("a small return (Isles of Scilly) says so", () => {
    expect(storyKit(council("isles-of-scilly")).caveats.some((t) => t.startsWith("Small return:"))).toBe(true);
  });
});
