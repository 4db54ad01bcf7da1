/**
 * The testimony, reported-figures, method, sources, data, corrections and search pages over the built site:
 * every column of every table is named on /data/, every download carries its licence on every row, every
 * testimony has its page, chart and card, testimony is never markup, and the search page stays small.
 */
import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import { distFiles, readDist, resolves } from "./site.ts";
import { allReported, allSources, allTestimony } from "../../lib/data/reported.ts";
import { readTable } from "../../lib/data/load.ts";
import { TABLES } from "../../pages/data/_tables.ts";

const page = (path: string) => parseHTML(readDist(`${path.replace(/^\//, "")}index.html`)).document;

describe("/data/", () => {
  const doc = page("/data/");
  const named = new Set([...doc.querySelectorAll("code")].map((c) => c.textContent.trim()));
  it.each(TABLES)("names every column of %s and links its downloads", (table) => {
    for (const column of Object.keys(readTable(table)[0] ?? {})) expect(named.has(column), `${table}.${column}`).toBe(true);
    expect(doc.querySelector(`a[href="/data/${table}.csv"]`)).not.toBeNull();
    expect(doc.querySelector(`a[href="/data/${table}.meta.json"]`)).not.toBeNull();
  });
  it.each(TABLES)("/data/%s.csv has every row and column, plus published_by and licence on every row", (table) => {
    const parsed = Papa.parse<Record<string, string>>(readDist(`data/${table}.csv`), { header: true, skipEmptyLines: true });
    const source = readTable(table);
    expect(parsed.data).toHaveLength(source.length);
    expect(parsed.meta.fields).toEqual([...Object.keys(source[0] ?? {}), "published_by", "licence"]);
    for (const row of parsed.data) {
      expect(row["licence"], table).toMatch(/\S/);
      expect(row["published_by"], table).toMatch(/\S/);
    }
    expect(JSON.parse(readDist(`data/${table}.meta.json`))).toHaveProperty("columns");
  });
});

describe("/testimony/", () => {
  const index = page("/testimony/");
  it.each(allTestimony().map((t) => t.id))("%s has its page, chart, card and citation", (id) => {
    expect(index.querySelector(`a[href="/testimony/${id}/"]`)).not.toBeNull();
    const doc = page(`/testimony/${id}/`);
    expect(doc.querySelector(`figure#chart-testimony-range-${id} svg`)).not.toBeNull();
    expect(doc.querySelector('meta[property="og:image"]')?.getAttribute("content")).toContain(`/og/testimony/${id}.png`);
    expect(resolves(`/og/testimony/${id}.png`)).toBe(true);
    expect(resolves(`/embed/testimony-range/${id}/`)).toBe(true);
    expect(doc.querySelector("blockquote")).not.toBeNull();
    expect(doc.querySelector("cite")).not.toBeNull();
  });
  it("prints every quote as text, exactly as stored", () => {
    const text = index.body.textContent.replace(/\s+/g, " ");
    for (const t of allTestimony()) expect(text).toContain(t.quote.replace(/\s+/g, " "));
  });
});

describe("/reported/ and /sources/", () => {
  it("lists every reported figure with its verdict", () => {
    const doc = page("/reported/");
    for (const f of allReported()) {
      const row = doc.getElementById(f.id);
      expect(row, f.id).not.toBeNull();
      expect(row?.textContent).toContain(f.verdict);
    }
    expect(doc.querySelector("#chart-reported-vs-official-caseload-england svg")).not.toBeNull();
  });
  it("cites every article and every licence", () => {
    const text = page("/sources/").body.textContent;
    for (const s of allSources()) expect(text).toContain(s.title);
    for (const l of ["Open Government Licence v3.0", "Open Parliament Licence v3.0", "MIT Licence", "Contains OS data"]) {
      expect(text).toContain(l);
    }
  });
});

describe("/corrections/", () => {
  it("has entries and an RSS feed of them", () => {
    const doc = page("/corrections/");
    const entries = doc.querySelectorAll("article[id]");
    expect(entries.length).toBeGreaterThanOrEqual(2);
    const feed = readDist("corrections/rss.xml");
    expect((feed.match(/<item>/g) ?? []).length).toBe(entries.length);
    expect(feed).toContain("Cumbria");
  });
});

describe("/search/", () => {
  const html = readDist("search/index.html");
  const doc = parseHTML(html).document;
  it("has a labelled input, a live status and a no-JS fallback, and allows WebAssembly", () => {
    expect(doc.querySelector('label[for="q"]')).not.toBeNull();
    expect(doc.querySelector('[role="status"][aria-live="polite"]')).not.toBeNull();
    expect(doc.querySelector('#search-fallback a[href="/councils/"]')).not.toBeNull();
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")).toContain(
      "'wasm-unsafe-eval'",
    );
  });
  it("loads at most 3 KB of JavaScript (gzip), and the Pagefind index exists", () => {
    const scripts = [...doc.querySelectorAll("script[src]")].map((s) => s.getAttribute("src") ?? "");
    const bytes = scripts.reduce((n, src) => n + gzipSync(readDist(src.replace(/^\//, ""))).length, 0);
    expect(bytes).toBeLessThanOrEqual(3 * 1024);
    expect(distFiles()).toContain("pagefind/pagefind.js");
  });
});
