import { describe, expect, it } from "vitest";
import { getCouncil } from "../data/councils.ts";
import { seriesFor } from "../data/workforce.ts";
import { compareCouncil, councilNotes } from "./data.ts";
import { reporterSentence } from "./model.ts";

const council = (slug: string) => {
  const c = getCouncil(slug);
  if (!c) throw new Error(`no council ${slug}`);
  return c;
};

describe("compare data from the tables", () => {
  it("keeps every DfE row, with symbols as text and never 0", () => {
    for (const slug of ["walsall", "kensington-and-chelsea", "westminster"]) {
      const rows = seriesFor(slug, "caseload_fte");
      const pts = compareCouncil(council(slug)).series["caseload_fte"] ?? [];
      expect(pts.map((p) => p[0])).toEqual(rows.map((r) => r.year));
      pts.forEach((p, i) => {
        const r = rows[i];
        expect(p[1]).toBe(r?.value ?? null);
        if (p[1] === null) expect(p[2].startsWith(`${r?.status ?? "?"}: `)).toBe(true);
      });
    }
  });

  it("names joint returns and reorganisations", () => {
    expect(councilNotes(council("kingston-upon-thames")).join(" ")).toContain(
      "Kingston upon Thames and Richmond upon Thames make one joint workforce return",
    );
    expect(councilNotes(council("dorset")).join(" ")).toContain("Dorset was created in 2019");
    expect(councilNotes(council("cumbria")).join(" ")).toContain("abolished in 2023");
    expect(councilNotes(council("buckinghamshire")).join(" ")).toContain(
      "area code (Office for National Statistics) changed",
    );
  });

  it("writes one figure for Kingston and Richmond when both are compared", () => {
    const s = reporterSentence(
      ["kingston-upon-thames", "richmond-upon-thames", "sutton"].map((x) => compareCouncil(council(x))),
    );
    const joint = seriesFor("kingston-upon-thames", "caseload_fte").at(-1);
    expect(joint?.joint).toBe(true);
    expect(s).toContain("Kingston upon Thames and Richmond upon Thames (one joint return)");
  });
});
