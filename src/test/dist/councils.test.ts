/** The council pages, the council finder and the map, over the built site. */
import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { DIST, readDist } from "./site.ts";
import { pageWeight } from "../../bench/weight.ts";
import { allCouncils } from "../../lib/data/councils.ts";

const councils = allCouncils();
const page = (slug: string): Document => parseHTML(readDist(`councils/${slug}/index.html`)).document;
const figure = (doc: Document, chart: string, slug: string): Element | null => doc.getElementById(`chart-${chart}-${slug}`);

describe("council pages", () => {
  it("one page per council in councils.csv", () => {
    const missing = councils.filter((c) => !existsSync(join(DIST, "councils", c.slug, "index.html")));
    expect(missing.map((c) => c.slug)).toEqual([]);
    expect(councils.length).toBeGreaterThanOrEqual(158);
  });

  it.each(councils.map((c) => c.slug))("%s has its charts with SVG and table, and headline figures", (slug) => {
    const doc = page(slug);
    for (const chart of ["caseload-trend", "workforce-rates", "ofsted-history"]) {
      const fig = figure(doc, chart, slug);
      expect(fig, chart).not.toBeNull();
      expect(fig?.querySelector("svg"), chart).not.toBeNull();
      expect(fig?.querySelector("table"), chart).not.toBeNull();
    }
    expect(doc.querySelector('[data-headline="caseload_fte"]')).not.toBeNull();
    expect(doc.querySelector('meta[property="og:image"]')?.getAttribute("content")).toContain(`/og/councils/${slug}.png`);
  });

  it("a council page weighs at most 30 KB gzip (HTML + CSS + JS) and 3 KB of JS", () => {
    const weights = councils.map((c) => ({ slug: c.slug, ...pageWeight(DIST, `councils/${c.slug}/index.html`) }));
    expect(weights.filter((w) => w.total > 30 * 1024)).toEqual([]);
    expect(weights.filter((w) => w.js > 3 * 1024)).toEqual([]);
  });

  it("successors point back to their predecessors and predecessors to successors", () => {
    const cumberland = page("cumberland");
    expect(cumberland.querySelector('[data-predecessors] a[href="/councils/cumbria/"]')).not.toBeNull();
    expect(figure(cumberland, "caseload-trend", "cumberland")?.innerHTML).toContain("Cumbria (to 2022)");
    const cumbria = page("cumbria");
    expect(cumbria.querySelector('[data-successors] a[href="/councils/cumberland/"]')).not.toBeNull();
    expect(cumbria.querySelector('[data-successors] a[href="/councils/westmorland-and-furness/"]')).not.toBeNull();
    expect(page("northamptonshire").querySelector('[data-successors] a[href="/councils/west-northamptonshire/"]')).not.toBeNull();
  });

  it("flags Birmingham 2024 as low reliability on the chart and in its table", () => {
    const fig = figure(page("birmingham"), "caseload-trend", "birmingham");
    expect(fig?.querySelector("svg")?.innerHTML).toContain("Birmingham, 2024: no figure (u)");
    expect(fig?.querySelector("table")?.textContent).toContain("u: low reliability");
  });

  it("flags Kingston's joint return with Richmond", () => {
    const doc = page("kingston-upon-thames");
    expect(doc.querySelector("[data-joint]")?.textContent).toContain("Richmond upon Thames");
    const fig = figure(doc, "caseload-trend", "kingston-upon-thames");
    expect(fig?.querySelector("table")?.textContent).toContain("joint figure with Richmond upon Thames");
    expect(fig?.querySelector("svg")?.innerHTML).toContain("(joint return)");
    const nn = figure(page("north-northamptonshire"), "caseload-trend", "north-northamptonshire");
    expect(nn?.querySelector("table")?.textContent).toContain("joint figure with West Northamptonshire");
  });

  it("draws reported figures only where there are some", () => {
    expect(figure(page("walsall"), "reported-vs-official", "walsall")?.querySelector("svg")).not.toBeNull();
    expect(figure(page("barnet"), "reported-vs-official", "barnet")).toBeNull();
  });

  it("offers the comparator views as in-page links", () => {
    const doc = page("walsall");
    const hrefs = [...doc.querySelectorAll("[data-compare] a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toContain("?compare=neighbours#chart-caseload-neighbours-walsall");
    expect(figure(doc, "caseload-neighbours", "walsall")?.querySelector("svg")).not.toBeNull();
  });

  it("flags an unofficial latest grade", () => {
    expect(page("walsall").querySelector("[data-unofficial]")).not.toBeNull();
  });
});

describe("council finder", () => {
  const doc = parseHTML(readDist("councils/index.html")).document;
  it("lists every council in the table", () => {
    expect(doc.querySelectorAll("tr[data-search]")).toHaveLength(councils.length);
  });
  it("finds Crawley in West Sussex and Harrogate in North Yorkshire", () => {
    const row = (name: string) => [...doc.querySelectorAll("tr[data-search]")].find((r) => r.getAttribute("data-name") === name);
    expect(row("West Sussex")?.getAttribute("data-search")).toContain("crawley");
    const az = doc.getElementById("districts")?.innerHTML ?? "";
    expect(az).toMatch(/Crawley:\s*<a href="\/councils\/west-sussex\/">West Sussex<\/a>/);
    expect(az).toMatch(/Harrogate \(former\):\s*<a href="\/councils\/north-yorkshire\/">North Yorkshire<\/a>/);
  });
});

describe("map", () => {
  const html = readDist("map/index.html");
  const doc = parseHTML(html).document;
  it("links every drawn area with an accessible name", () => {
    const links = [...doc.querySelectorAll("#chart-map-hex-england svg a")];
    expect(links.length).toBe(153);
    const walsall = links.find((a) => a.getAttribute("href") === "/councils/walsall/");
    expect(walsall?.getAttribute("aria-label")).toMatch(/^Walsall: caseload \d+\.\d \(\d{4}\), Ofsted /);
  });
  it("has its per-year data file", () => {
    const data = JSON.parse(readDist("map/data.json")) as { years: number[]; slugs: string[] };
    expect(data.slugs).toHaveLength(153);
    expect(data.years[0]).toBe(2017);
  });
});
