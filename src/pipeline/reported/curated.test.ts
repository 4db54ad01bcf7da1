import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { DEFAULT_SOURCES_DIR, runReported } from "./index.ts";
import { tempDir, writeOfficialFixture } from "./testkit.ts";

/**
 * Pins the real curated facts against the official DfE values. Where the article files are on this machine
 * (../shared/sources) the step is re-run from them, and its output must equal the committed tables; in a clone
 * without them the pins read the committed tables in data/, which is what the site is built from.
 */
const haveArticles = existsSync(DEFAULT_SOURCES_DIR);
const committed = join(process.cwd(), "data");
const out = haveArticles ? tempDir("reported-real") : committed;
const origin = haveArticles ? writeOfficialFixture(out) : "data";
const lines: string[] = [];
if (haveArticles) runReported({ sourcesDir: DEFAULT_SOURCES_DIR, outDir: out, log: (l) => lines.push(l) });
const table = (name: string): Map<string, Record<string, string>> =>
  new Map(
    Papa.parse<Record<string, string>>(readFileSync(join(out, `${name}.csv`), "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data.map((r) => [r["id"] ?? "", r]),
  );
const figures = table("reported_figures");
const testimony = table("testimony");
const sources = table("sources");

describe(`real curated facts (official values from ${origin})`, () => {
  it("Warwickshire's 'mid 20s' (visit 17 Jul 2018) sits between DfE 18.3 (2017) and 18.6 (2018)", () => {
    expect(figures.get("warwickshire-2018-mid-20s")).toMatchObject({
      words: "The number of cases per social worker was in the mid 20s",
      value_low: "24",
      value_high: "26",
      stated_date: "2018-07-17",
      official_before_year: "2017",
      official_before: "18.3",
      official_after_year: "2018",
      official_after: "18.6",
      scope: "team",
      verdict: "cannot be checked: a team's caseload, not the council-wide average",
    });
    expect(figures.get("warwickshire-2018-30-new-staff")).toMatchObject({
      measure: "starters",
      verdict:
        "cannot be checked: DfE counts starters over the twelve months to 30 September, not one month's expected intake",
    });
    expect(figures.get("east-sussex-2018-no-agency")).toMatchObject({
      verdict_kind: "matches",
      verdict: "close to none (0.3%)",
    });
    expect(figures.get("warwickshire-2018-target-15")?.["verdict"]).toBe(
      "cannot be checked: a target, not an actual figure",
    );
  });

  it("Surrey's 'average of 15' (2019) differs from DfE 14.1 at Sept 2019 by 0.9", () => {
    expect(figures.get("surrey-2019-average-15")).toMatchObject({
      official_before: "17.4",
      official_after_year: "2019",
      official_after: "14.1",
      verdict: "differs by 0.9",
      compared_year: "2019",
    });
    expect(figures.has("surrey-2019-headline-15")).toBe(false); // a repeat, logged as excluded
  });

  it("Walsall's DfE figures quoted by the article match: 19.9 (2018) -> 13.4 (2020), agency 30.5% -> 14.8%", () => {
    for (const id of [
      "walsall-2018-caseload",
      "walsall-2020-caseload",
      "walsall-2017-agency",
      "walsall-2020-agency",
      "walsall-2017-vacancy",
      "walsall-2020-vacancy",
    ])
      expect(figures.get(id)?.["verdict"], id).toBe("matches");
    expect(figures.get("walsall-2018-caseload")?.["official_before"]).toBe("19.9");
    expect(figures.get("walsall-2020-caseload")?.["official_after"]).toBe("13.4");
  });

  it("Cumbria's 'low twenties' was said in 2016, before the DfE series starts", () => {
    expect(figures.get("cumbria-2016-low-twenties")).toMatchObject({
      value_low: "20",
      value_high: "23",
      official_before_year: "none",
      official_after_year: "2017",
      official_after: "19.8",
      verdict: "cannot be checked: stated before the DfE series starts (30 Sep 2017)",
    });
  });

  it("keeps what the readers said: Errin's 38-45; Darcy's own floor of 38 and her team's mid 40s, apart", () => {
    expect(testimony.get("cc-2018-09-05-east-sussex-c10")).toMatchObject({
      name: "Errin",
      caseload_low: "38",
      caseload_high: "45",
      kind: "first-hand",
    });
    expect(testimony.get("cc-2018-09-05-east-sussex-c9")).toMatchObject({
      name: "Darcy",
      caseload_low: "38",
      caseload_high: "",
      team_low: "44",
      team_high: "46",
      team_words: "mid 40s",
    });
    expect(testimony.get("cc-2018-09-05-east-sussex-c9")?.["quote"]).toContain("never held a caseload under 38");
    expect(testimony.get("cc-2018-09-05-east-sussex-c5")?.["council_slug"]).toBe("east-sussex");
    expect(testimony.has("cc-2018-09-05-east-sussex-c6")).toBe(false);
  });

  it("dates every article", () => {
    expect([...sources.values()].map((s) => s["date"]).sort()).toEqual([
      "2016-11-15",
      "2018-08",
      "2018-09-05",
      "2019-06-28",
      "2021-12-06",
    ]);
  });
});

describe.runIf(haveArticles)("re-running the step on the article files", () => {
  it("accounts for every curated row", () => {
    expect(lines[0]).toBe("reported_figures.csv: read 21, written 13");
    expect(lines).toContain("testimony.csv: read 15, written 9");
    expect(lines).toContain("  verdicts: cannot be checked 5, matches 7, differs 1");
  });

  it.each(["reported_figures", "testimony", "sources"])("reproduces the committed %s table byte for byte", (name) => {
    expect(readFileSync(join(out, `${name}.csv`), "utf8")).toBe(readFileSync(join(committed, `${name}.csv`), "utf8"));
  });
});
