import { describe, expect, it } from "vitest";
// The readers over the committed tables in data/: a fresh clone has no article files, and needs none.
import * as r from "./reported.ts";

describe("reported readers", () => {
  it("reads figures with typed numbers and official counts", () => {
    const [mid] = r.reportedFor("warwickshire").filter((f) => f.id === "warwickshire-2018-mid-20s");
    expect(mid).toMatchObject({
      valueLow: 24,
      valueHigh: 26,
      scope: "team",
      officialBefore: { year: 2017, value: 18.3 },
      officialAfter: { year: 2018, value: 18.6 },
      verdictKind: "cannot be checked",
      difference: null,
    });
    const cumbria = r.reportedFor("cumbria")[0];
    expect(cumbria?.officialBefore).toEqual({ year: "none", value: null, status: "none" });
    const general = r.allReported().find((f) => f.id === "general-2018-18-to-23");
    expect(general?.councilSlug).toBeNull();
    expect(general?.officialBefore.year).toBeNull();
    expect(r.reportedFor("nowhere")).toEqual([]);
  });

  it("reads testimony and sources, by council and by id", () => {
    expect(r.getTestimony("cc-2018-09-05-east-sussex-c10")).toMatchObject({ caseloadLow: 38, caseloadHigh: 45, councilSlug: null });
    expect(r.testimonyFor("east-sussex").map((t) => t.id)).toEqual(["cc-2018-09-05-east-sussex-c5", "cc-2018-09-05-east-sussex-c7"]);
    expect(r.allTestimony()).toHaveLength(9);
    expect(r.getSource("cc-2021-12-06-walsall")?.councilSlugs).toContain("walsall");
    expect(r.getSource("herald-2018-08-warwickshire")).toMatchObject({ date: "2018-08", datePrecision: "month", url: null });
    expect(r.allSources()).toHaveLength(5);
    expect(r.getSource("nope")).toBeUndefined();
  });
});
