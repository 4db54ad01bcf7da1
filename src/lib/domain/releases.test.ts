import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { allReported } from "../data/reported.ts";
import { dp1 } from "./format.ts";
import { asPublishedAt, releaseFor, revisionNote } from "./releases.ts";
import type { Measure } from "../data/workforce.ts";

describe("the release a criticism may use: the one published nearest the source's time", () => {
  it("judges a source up to the 2022 count against the 2022 release, a later one against the current release", () => {
    expect(releaseFor("2021-12-06")).toBe("2022");
    expect(releaseFor("2018-07-17")).toBe("2022");
    expect(releaseFor("2023-10-01")).toBe("2025");
  });
  it("gives Walsall's 2017 caseload as the December 2021 report could have read it, and today's", () => {
    const j = asPublishedAt("walsall", "caseload_fte", 2017, "2021-12-06");
    expect(j.then).toEqual({ release: "2022", value: 18.9 });
    expect(j.now).toEqual({ release: "2025", value: 17.2 });
    expect(j.revised).toBe(true);
    expect(revisionNote(j, dp1)).toBe("DfE's 2022 release gave 18.9 for 2017; the 2025 release revised it to 17.2.");
    const rise = asPublishedAt("walsall", "caseload_fte", 2018, "2021-12-06");
    expect(dp1(rise.then.value ?? NaN)).toBe("19.9");
    expect(rise.revised).toBe(false);
  });
  it("uses the current release for counts after 2022", () => {
    const j = asPublishedAt("walsall", "caseload_fte", 2025, "2026-01-01");
    expect(j.then).toEqual(j.now);
  });
  it("every article that judges a reported figure says so where a count it uses was revised", () => {
    const dir = join(process.cwd(), "src/content/articles");
    const text = readdirSync(dir).map((f) => readFileSync(join(dir, f), "utf8"));
    const unacknowledged = allReported().flatMap((f) =>
      [f.officialBefore.year, f.officialAfter.year].flatMap((year) => {
        if (typeof year !== "number" || !f.councilSlug || f.measure === "other") return [];
        const j = asPublishedAt(f.councilSlug, f.measure as Measure, year, f.statedDate.slice(0, 10).padEnd(10, "-01"));
        if (!j.revised) return [];
        const cited = text.filter((t) => t.includes(`id="${f.id}"`));
        const said = cited.some(
          (t) => t.includes(`council="${f.councilSlug}"`) && t.includes(`year={${String(year)}} asOf=`),
        );
        return said ? [] : [`${f.id}: ${String(year)} revised (${revisionNote(j, dp1)})`];
      }),
    );
    expect(unacknowledged).toEqual([]);
  });
});
