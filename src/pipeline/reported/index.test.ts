import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { runReported } from "./index.ts";
import { fixtureOptions, writeFixture } from "./fixture.ts";

const read = (path: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(readFileSync(path, "utf8"), { header: true, skipEmptyLines: true }).data;

describe("runReported on a tiny fixture", () => {
  const root = writeFixture();
  const lines: string[] = [];
  runReported(fixtureOptions(root, (l) => lines.push(l)));
  const out = join(root, "out");

  it("logs row accounting for each file", () => {
    expect(lines).toEqual([
      "reported_figures.csv: read 3, written 2",
      "  excluded 1: no figure stated (t-none)",
      "  verdicts: differs 1, cannot be checked 1",
      "testimony.csv: read 2, written 1",
      "  excluded 1: not about caseloads (t-2019-c2)",
      "sources.csv: read 1, written 1",
    ]);
  });

  it("puts the counts either side beside each figure, and a verdict", () => {
    const [mid, target] = read(join(out, "reported_figures.csv"));
    expect(mid).toMatchObject({
      id: "t-mid-20s",
      council_name: "Testshire",
      official_before_year: "2018",
      official_before: "21.5",
      official_after_year: "2019",
      official_after: "",
      official_after_status: "x",
      verdict_kind: "differs",
      verdict: "differs by 2.5",
      difference: "2.5",
      compared_year: "2018",
    });
    expect(target?.["verdict"]).toBe("cannot be checked: a target, not an actual figure");
  });

  it("stores testimony as published, CSV-quoted, not as HTML", () => {
    const [jo] = read(join(out, "testimony.csv"));
    expect(jo?.["quote"]).toBe('My caseload was 30, "never less", in <b>my</b> team.');
    expect(jo).not.toHaveProperty("excluded");
    expect(readFileSync(join(out, "testimony.csv"), "utf8")).toContain(
      '"My caseload was 30, ""never less"", in <b>my</b> team."',
    );
  });

  it("writes sources with counts, and a meta file describing every column of every table", () => {
    expect(read(join(out, "sources.csv"))[0]).toMatchObject({ id: "t-2019", figures: "2", testimonies: "1" });
    for (const name of ["reported_figures", "testimony", "sources"]) {
      const meta = JSON.parse(readFileSync(join(out, `${name}.meta.json`), "utf8")) as Record<string, unknown>;
      const header = readFileSync(join(out, `${name}.csv`), "utf8")
        .split("\n")[0]
        ?.split(",");
      expect(Object.keys(meta["columns"] as object)).toEqual(header);
      expect(JSON.stringify(meta["licence"])).toMatch(/fair dealing/);
      expect(JSON.stringify(meta["licence"])).toMatch(/Open Government Licence v3\.0/);
      expect(meta["caveats"]).toBeInstanceOf(Array);
    }
  });

  it("marks a statement before the first count as none", () => {
    const early = writeFixture({
      "curated/reported_figures.csv": readFileSync(join(root, "curated/reported_figures.csv"), "utf8").replace(
        "2019-02-01",
        "2016-11-01",
      ),
    });
    runReported(fixtureOptions(early));
    const [mid] = read(join(early, "out/reported_figures.csv"));
    expect(mid).toMatchObject({
      official_before_year: "none",
      official_before_status: "none",
      official_after_year: "2017",
    });
    expect(mid?.["verdict"]).toBe("cannot be checked: stated before the DfE series starts (30 Sep 2017)");
    expect(existsSync(join(early, "out/testimony.meta.json"))).toBe(true);
  });
});
