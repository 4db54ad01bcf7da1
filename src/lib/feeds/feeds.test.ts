import { describe, expect, it } from "vitest";
import { XMLParser } from "fast-xml-parser";
import { wellFormed } from "../../test/wellFormed.ts";
import { dp1 } from "../domain/format.ts";
import { getCouncil } from "../data/councils.ts";
import { workforceReleases, type ReleaseFigure } from "../data/workforceReleases.ts";
import { releaseDiff } from "./diff.ts";
import { releaseEntries, type CorrectionNote, type DatedRelease } from "./entries.ts";
import { councilFeed, datedReleases } from "./council.ts";

const fig = (slug: string, year: number, value: number | null, status = "", joint = false): ReleaseFigure => ({
  slug,
  year,
  measure: "caseload_fte",
  value,
  status,
  joint,
});

const NOTES: CorrectionNote[] = [
  {
    id: "launch",
    title: "Launch",
    date: "2026-11-30",
    kind: "data update",
    affects: ["workforce", "every council page"],
    summary: "Launch data release.",
    link: "/corrections/#entry-launch",
  },
  {
    id: "cumbria-date",
    title: "Cumbria date",
    date: "2026-11-30",
    kind: "correction",
    affects: ["cumbria"],
    summary: "The statement dates from 2016.",
    link: "/corrections/#entry-cumbria-date",
  },
];

describe("releaseDiff", () => {
  it("finds changed, new, dropped and symbol changes, per council, and nothing where nothing changed", () => {
    const before = [fig("a", 2017, 18.9), fig("a", 2018, 20), fig("b", 2017, 12), fig("a", 2019, null, "c")];
    const after = [
      fig("a", 2017, 17.2),
      fig("a", 2018, 20),
      fig("b", 2017, 12),
      fig("a", 2019, 9.5),
      fig("a", 2020, 11),
    ];
    const d = releaseDiff([...before, fig("b", 2018, 13)], after);
    expect(d.get("a")).toEqual([
      {
        year: 2017,
        measure: "caseload_fte",
        from: { value: 18.9, status: "" },
        to: { value: 17.2, status: "" },
        joint: false,
      },
      {
        year: 2019,
        measure: "caseload_fte",
        from: { value: null, status: "c" },
        to: { value: 9.5, status: "" },
        joint: false,
      },
      { year: 2020, measure: "caseload_fte", from: null, to: { value: 11, status: "" }, joint: false },
    ]);
    expect(d.get("b")).toEqual([
      { year: 2018, measure: "caseload_fte", from: { value: 13, status: "" }, to: null, joint: false },
    ]);
    expect(releaseDiff(after, after).size).toBe(0);
  });

  it("gives a joint return's change to both councils it covers", () => {
    const d = releaseDiff(
      [fig("k", 2021, 14, "", true), fig("r", 2021, 14, "", true)],
      [fig("k", 2021, 15, "", true), fig("r", 2021, 15, "", true)],
    );
    expect([...d.keys()].sort()).toEqual(["k", "r"]);
    expect(d.get("r")?.[0]?.joint).toBe(true);
  });
});

describe("a council's feed and a new release", () => {
  const releases = datedReleases(NOTES);
  const current = releases.at(-1);
  if (!current) throw new Error("no current release");
  const walsall2025 = (f: ReleaseFigure): boolean =>
    f.slug === "walsall" && f.year === 2025 && f.measure === "caseload_fte";
  const was = current.figures.find(walsall2025);
  // A fixture release: the current one with Walsall's 2025 caseload changed by 1.0.
  const fixture: DatedRelease = {
    id: "fixture",
    name: "Fixture release",
    date: "2027-03-01",
    figures: current.figures.map((f) => (walsall2025(f) ? { ...f, value: (f.value ?? 0) + 1 } : f)),
  };
  const withFixture = [...releases, fixture];

  it("the current release is the last one the site holds, dated from the corrections log", () => {
    expect(workforceReleases().map((r) => r.id)).toEqual(["2022", "2025"]);
    expect(current.date).toBe("2026-11-30");
    expect(typeof was?.value).toBe("number");
  });

  it("gains exactly one entry for Walsall, naming the change from and to, and none for Dudley", () => {
    const before = releaseEntries("walsall", "/councils/walsall/", releases);
    const after = releaseEntries("walsall", "/councils/walsall/", withFixture);
    expect(after).toHaveLength(before.length + 1);
    const added = after.filter((e) => !before.some((b) => b.id === e.id));
    expect(added).toHaveLength(1);
    const change = `Average caseload, 2025: ${dp1(was?.value ?? NaN)} → ${dp1((was?.value ?? NaN) + 1)}`;
    expect(added[0]?.title).toBe(`Fixture release: ${change}`);
    expect(added[0]?.date).toBe("2027-03-01");
    expect(added[0]?.html).toContain(`<li>${change}</li>`);
    expect(releaseEntries("dudley", "/councils/dudley/", withFixture)).toEqual(
      releaseEntries("dudley", "/councils/dudley/", releases),
    );
  });

  it("names the 2025 release's revision of Walsall's 2017 caseload (18.9 in 2022, 17.2 now)", () => {
    const [entry] = releaseEntries("walsall", "/councils/walsall/", releases);
    expect(entry?.id).toBe("tag:caseloadcheck.org.uk,2026:councils/walsall/release/2025");
    expect(entry?.html).toContain("<li>Average caseload, 2017: 18.9 → 17.2</li>");
  });
});

describe("councilFeed", () => {
  const parse = (xml: string): unknown => new XMLParser({ ignoreAttributes: false }).parse(xml);
  it.each(["walsall", "cumbria", "kingston-upon-thames", "westmorland-and-furness"])(
    "%s: well-formed Atom, ids unique, same bytes on a second build",
    (slug) => {
      const c = getCouncil(slug);
      if (!c) throw new Error(slug);
      const xml = councilFeed(c, NOTES, "https://caseloadcheck.org.uk/");
      expect(wellFormed(xml)).toBe(true);
      expect(councilFeed(c, NOTES, "https://caseloadcheck.org.uk/")).toBe(xml);
      const ids = [...xml.matchAll(/<entry><id>([^<]+)<\/id>/g)].map((m) => m[1]);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeGreaterThan(0);
      expect(parse(xml)).toHaveProperty("feed.title", `Caseload Check: ${c.name}`);
    },
  );

  it("marks an unofficial inspection as unofficial, and carries the Cumbria correction only on Cumbria's feed", () => {
    const feeds = ["cumbria", "walsall"].map((s) => {
      const c = getCouncil(s);
      if (!c) throw new Error(s);
      return councilFeed(c, NOTES, "https://caseloadcheck.org.uk/");
    });
    expect(feeds[0]).toContain("councils/cumbria/correction/cumbria-date");
    expect(feeds[1]).not.toContain("correction/");
    expect(feeds.join("")).not.toContain("Launch");
  });
});
