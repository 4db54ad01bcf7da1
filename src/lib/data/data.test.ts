/**
 * Pins the real data: reads the committed data/ tables through the typed readers.
 */
import { describe, it, expect } from "vitest";
import { allCouncils, currentCouncils, getCouncil, councilByDfeCode } from "./councils.ts";
import { seriesFor, englandSeries, regionSeries, latestFor, predecessorSeries, allWorkforceRows, SYMBOLS, MEASURES } from "./workforce.ts";
import { inspectionsFor, latestInspection, allInspections } from "./inspections.ts";
import { tableMeta } from "./meta.ts";
import { readTable } from "./load.ts";

const at = (slug: string, m: Parameters<typeof seriesFor>[1], year: number) => seriesFor(slug, m).find((p) => p.year === year);

describe("workforce", () => {
  it("has every DfE row", () => { expect(allWorkforceRows()).toHaveLength(1463); });
  it("Walsall caseload, agency and vacancy rates", () => {
    expect(at("walsall", "caseload_fte", 2018)?.value).toBe(19.9);
    expect(at("walsall", "caseload_fte", 2020)?.value).toBe(13.4);
    expect(at("walsall", "agency_rate_fte", 2017)?.value).toBe(30.5);
    expect(at("walsall", "agency_rate_fte", 2020)?.value).toBe(14.8);
    expect(at("walsall", "vacancy_rate_fte", 2017)?.value).toBe(31.4);
    expect(at("walsall", "vacancy_rate_fte", 2020)?.value).toBe(13.3);
  });
  it("Birmingham 2024 caseload is the symbol u, not a number", () => {
    expect(at("birmingham", "caseload_fte", 2024)).toMatchObject({ value: null, status: "u" });
    expect(SYMBOLS["u"]).toBe("low reliability");
  });
  it("the Kingston row covers Kingston and Richmond", () => {
    const p = at("kingston-upon-thames", "caseload_fte", 2020);
    expect(p?.joint).toBe(true);
    expect(p?.la_name).toBe("Kingston upon Thames / Richmond upon Thames");
    const row = latestFor("richmond-upon-thames");
    expect(row?.councilSlugs).toEqual(["kingston-upon-thames", "richmond-upon-thames"]);
  });
  it("England, regions and predecessors", () => {
    expect(englandSeries("caseload_fte").map((p) => p.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(regionSeries("E13000001", "caseload_fte")).toHaveLength(9);
    const pre = predecessorSeries("cumberland", "caseload_fte");
    expect(pre.map((p) => p.name)).toEqual(["Cumbria"]);
    expect(pre[0]?.series.find((p) => p.year === 2019)?.value).toBe(17.7);
    expect(MEASURES.map((m) => m.key)).toContain("turnover_rate_fte");
  });
});

describe("councils", () => {
  it("153 current councils plus the former ones", () => {
    expect(currentCouncils()).toHaveLength(153);
    expect(allCouncils().filter((c) => c.status === "former").map((c) => c.slug).sort()).toEqual(
      ["bournemouth", "cumbria", "dorset-county-pre-2019", "northamptonshire", "poole"],
    );
  });
  it("reorganisations and code changes", () => {
    expect(getCouncil("bournemouth-christchurch-and-poole")?.predecessors.sort()).toEqual(["bournemouth", "dorset-county-pre-2019", "poole"]);
    expect(getCouncil("cumbria")?.successors).toEqual(["cumberland", "westmorland-and-furness"]);
    expect(getCouncil("buckinghamshire")?.predecessors).toEqual([]);
    expect(getCouncil("buckinghamshire")?.onsCodes.map((c) => c.code)).toEqual(["E10000002", "E06000060"]);
    expect(councilByDfeCode("838")?.slug).toBe("dorset");
    expect(getCouncil("kingston-upon-thames")?.jointPartners).toEqual(["richmond-upon-thames"]);
    expect(getCouncil("walsall")).toMatchObject({ regionCode: "E12000005", type: "Metropolitan District", hexCode: "E08000030" });
    expect(getCouncil("camden")).toMatchObject({ regionCode: "E12000007", dfeRegionCode: "E13000001" });
  });
  it("no dangling slugs", () => {
    for (const c of allCouncils()) {
      for (const s of [...c.predecessors, ...c.successors, ...c.jointPartners, ...c.statNeighbours]) expect(getCouncil(s), `${c.slug} -> ${s}`).toBeDefined();
    }
  });
});

describe("inspections", () => {
  const find = (slug: string, date: string) => inspectionsFor(slug).find((i) => i.publicationDate === date);
  it("seed grades", () => {
    expect(find("east-sussex", "2018-09-04")?.overall).toBe("Outstanding");
    expect(find("walsall", "2021-11-26")?.overall).toBe("Good");
    expect(find("dorset", "2021-11-19")?.overall).toBe("Good");
    expect(find("surrey", "2018-05-16")).toMatchObject({ overall: "Inadequate", type: "SIF re-inspection", framework: "SIF" });
    expect(find("essex", "2019-01-07")?.overall).toBe("Outstanding");
  });
  it("official + SIF + unofficial rows, sorted by date", () => {
    expect(allInspections().filter((i) => i.source === "official")).toHaveLength(271 + 173);
    const w = inspectionsFor("walsall");
    expect(w.map((i) => i.publicationDate)).toEqual([...w.map((i) => i.publicationDate)].sort());
    expect(latestInspection("walsall")).toMatchObject({ overall: "Outstanding", source: "unofficial", publicationDate: "2025-07-08" });
  });
});

describe("meta", () => {
  it("documents every column of every table", () => {
    for (const t of ["councils", "workforce", "inspections"]) {
      const m = tableMeta(t);
      expect(Object.keys(m.columns).sort()).toEqual(Object.keys(readTable(t)[0] ?? {}).sort());
      expect(m.licences.length).toBeGreaterThan(0);
    }
  });
});

describe("geography", () => {
  it("both maps have 153 English councils with code and name, and are small", async () => {
    const fs = await import("node:fs");
    const path = await import("node:path");
    const { dataDir, readJson } = await import("./load.ts");
    type Topo = { objects: Record<string, { geometries: { properties: Record<string, string> }[] }> };
    for (const f of ["geo/hex-2023.topo.json", "geo/boundaries-2023.topo.json"]) {
      const t = readJson<Topo>(f);
      const g = t.objects["councils"]?.geometries ?? [];
      expect(g).toHaveLength(153);
      expect(g.every((x) => /^E\d{8}$/.test(x.properties["code"] ?? "") && (x.properties["name"] ?? "") !== "")).toBe(true);
      expect(fs.statSync(path.join(dataDir(), f)).size).toBeLessThan(150 * 1024);
    }
  });
});

describe("places for the finder", () => {
  it("a former district (Harrogate) belongs to North Yorkshire, a current one (Crawley) to West Sussex", () => {
    expect(getCouncil("north-yorkshire")?.formerDistricts).toContain("Harrogate");
    expect(getCouncil("west-sussex")?.districts).toContain("Crawley");
    expect(getCouncil("cumberland")?.formerDistricts).toEqual(["Allerdale", "Carlisle", "Copeland"]);
  });
});
