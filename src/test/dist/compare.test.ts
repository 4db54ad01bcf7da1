/**
 * The prerendered compare and rankings pages hold every council and value the data gives them: expectations are
 * computed here from the typed readers (data/), never written in.
 */
import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { DIST, readDist } from "./site.ts";
import { allCouncils, currentCouncils, getCouncil } from "../../lib/data/councils.ts";
import { seriesFor, SYMBOLS } from "../../lib/data/workforce.ts";
import { contextFor } from "../../lib/data/context.ts";
import { dp1 } from "../../lib/domain/format.ts";
import { compareCouncil } from "../../lib/compare/data.ts";
import { RANK_MEASURES } from "../../lib/compare/rank.ts";
import { pageWeight } from "../../bench/weight.ts";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { compareEmbedPath } from "../../lib/compare/embed.ts";
import { compareCardPath } from "../../lib/social/cards.ts";
import { pngSize } from "../../lib/social/png.ts";
import { DATA_RELEASE } from "../../lib/site.ts";
import { resolves } from "./site.ts";

const text = (file: string): string => parseHTML(readDist(file)).document.body.textContent;
/** A DfE figure as printed: 1 dp (with % for rates), or the symbol with its reason. */
const printed = (v: number | null, status: string, pct: boolean): string =>
  v === null ? `${status}: ${SYMBOLS[status] ?? ""}` : `${dp1(v)}${pct ? "%" : ""}`;

describe("/compare/<council>/: the council and its three nearest statistical neighbours", () => {
  it.each(currentCouncils().map((c) => c.slug))("%s", (slug) => {
    const c = getCouncil(slug);
    const body = text(`compare/${slug}/index.html`);
    const set = [slug, ...(c?.statNeighbours.filter((s) => getCouncil(s)).slice(0, 3) ?? [])];
    expect(set).toHaveLength(4);
    for (const s of set) {
      const name = getCouncil(s)?.name ?? "?";
      expect(body).toContain(name);
      // Every year of every member's caseload row is in the page's table, as printed.
      for (const p of seriesFor(s, "caseload_fte")) expect(body).toContain(printed(p.value, p.status, false));
    }
    expect(parseHTML(readDist(`compare/${slug}/index.html`)).document.querySelectorAll("svg.compare-chart").length).toBeGreaterThanOrEqual(4);
  });

  it("is linked from /compare/ for every current council", () => {
    const html = readDist("compare/index.html");
    for (const c of currentCouncils()) expect(html).toContain(`href="/compare/${c.slug}/"`);
  });
});

describe("/compare/<council>/: share card and embed", () => {
  it.each(currentCouncils().map((c) => c.slug))("%s", (slug) => {
    const { document } = parseHTML(readDist(`compare/${slug}/index.html`));
    // The page's card is its own, a 1200x630 PNG.
    const og = document.querySelector('meta[property="og:image"]')?.getAttribute("content") ?? "";
    expect(new URL(og).pathname).toBe(compareCardPath(slug));
    expect(pngSize(readFileSync(join(DIST, compareCardPath(slug))))).toEqual({ width: 1200, height: 630 });
    // The embed code names the set's embed, which exists.
    // The textarea holds the snippet as escaped text (linkedom keeps the entities in textContent): decode them.
    const raw = /<textarea id="compare-embed"[^>]*>([^<]*)<\/textarea>/.exec(readDist(`compare/${slug}/index.html`))?.[1] ?? "";
    const decoded = raw.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&amp;", "&");
    const iframe = parseHTML(`<body>${decoded}</body>`).document.querySelector("iframe");
    expect(new URL(iframe?.getAttribute("src") ?? "").pathname).toBe(compareEmbedPath(slug));
    expect(Number(iframe?.getAttribute("height"))).toBeGreaterThan(300);
    expect(resolves(compareEmbedPath(slug))).toBe(true);
  });

  it.each(currentCouncils().map((c) => c.slug))("%s/embed/: compact, no furniture, release and links back", (slug) => {
    const html = readDist(`${compareEmbedPath(slug).slice(1)}index.html`);
    const { document } = parseHTML(html);
    expect(document.querySelectorAll("header, nav, footer, textarea").length).toBe(0);
    expect(document.querySelector('meta[name="robots"]')?.getAttribute("content")).toContain("noindex");
    expect(document.body.textContent).toContain(DATA_RELEASE);
    const hrefs = [...document.querySelectorAll("a[href]")].map((a) => new URL(a.getAttribute("href") ?? "", "https://x/").pathname);
    expect(hrefs).toContain(`/compare/${slug}/`);
    expect(hrefs).toContain("/corrections/");
    // Title, the caseload chart and one source line before the disclosure; the sentence and table behind it.
    const details = html.indexOf("<details");
    expect(html.slice(0, details)).toContain('class="compare-chart"');
    expect(html.slice(0, details)).toMatch(/Sources: Department for Education/);
    expect(html.slice(0, details)).not.toContain("<table");
    expect(html.slice(details)).toContain("<table");
    expect(document.querySelector("details")?.hasAttribute("open")).toBe(false);
    expect(gzipSync(html, { level: 9 }).length).toBeLessThanOrEqual(8 * 1024);
  });
});

describe("/compare/data/<council>.json", () => {
  it.each(allCouncils().map((c) => c.slug))("%s holds the council's data", (slug) => {
    const c = getCouncil(slug);
    if (!c) throw new Error(slug);
    const json = JSON.parse(readDist(`compare/data/${slug}.json`)) as unknown;
    expect(json).toEqual(compareCouncil(c));
  });
});

describe("/rankings/<measure>/: every council with a figure in the latest year", () => {
  it.each(RANK_MEASURES.map((m) => m.path))("%s", (path) => {
    const m = RANK_MEASURES.find((x) => x.path === path);
    if (!m) throw new Error(path);
    const pct = m.key.includes("rate") || m.key === "case_holder_share";
    const rows = allCouncils().map((c) => {
      const pts =
        m.key === "cin_per_case_holder_fte" || m.key === "case_holder_share"
          ? contextFor(c.slug).map((r) => ({ year: r.year, value: r.values[m.key].value, status: r.values[m.key].status }))
          : seriesFor(c.slug, m.key).map((p) => ({ year: p.year, value: p.value, status: p.status }));
      return { c, pts };
    });
    const latest = Math.max(...rows.flatMap((r) => r.pts.filter((p) => p.value !== null).map((p) => p.year)));
    const expected = rows.flatMap(({ c, pts }) => {
      const p = pts.find((x) => x.year === latest);
      return p ? [{ c, text: printed(p.value, p.status, pct) }] : [];
    });
    const { document } = parseHTML(readDist(`rankings/${path}/index.html`));
    const trs = [...document.querySelectorAll("tbody tr")];
    expect(trs).toHaveLength(expected.length);
    expect(expected.length).toBeGreaterThan(140);
    for (const e of expected) {
      const tr = trs.find((t) => t.querySelector(`a[href="/councils/${e.c.slug}/"]`));
      expect(tr?.textContent, e.c.slug).toContain(e.text);
    }
  });

  it("has a page for every year of every measure", () => {
    for (const m of RANK_MEASURES) for (const y of [2018, 2019, 2020]) expect(existsSync(join(DIST, `rankings/${m.path}/${String(y)}/index.html`))).toBe(true);
  });
});

describe("JavaScript", () => {
  it.each([
    "compare/index.html",
    "compare/walsall/index.html",
    "compare/walsall/embed/index.html",
    "rankings/index.html",
    "rankings/agency/index.html",
  ])(
    "%s loads at most 3 KB gzip",
    (file) => {
      expect(pageWeight(DIST, file).js).toBeLessThanOrEqual(3 * 1024);
    },
  );
});
