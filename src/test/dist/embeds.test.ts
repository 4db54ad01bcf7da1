/**
 * Embeds over the built site: every chart has an embed page without site furniture that names the data release
 * and links to its full page and the corrections log, and has an oEmbed document (its weight
 * budget is checked with every other page in budgets.test.ts).
 */
import { EMBED_TABLE_ROWS } from "../../lib/embed.ts";
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { DIST, distFiles, readDist, resolves } from "./site.ts";
import { allCharts } from "../../charts/registry.ts";
import { embedPath, oembedPath, permalink, pngPath, svgPath, csvPath, sharePath } from "../../lib/chart/paths.ts";
import type { ChartSpec } from "../../lib/chart/types.ts";
import { DATA_RELEASE } from "../../lib/site.ts";
import type { OEmbedDocument } from "../../lib/embed.ts";

const charts = allCharts();
const embedFile = (path: string): string => `${path.slice(1)}index.html`;
/** Full pages and share pages, with the charts each holds (registry order; the first is the lead). */
function pagesHolding(): Map<string, ChartSpec[]> {
  const out = new Map<string, ChartSpec[]>();
  for (const spec of charts) {
    const page = spec.page.split("#")[0] ?? "/";
    // A linked-only chart is drawn on its share page; its holding page links to it and does not advertise it.
    if (!spec.linkedOnly) out.set(page, [...(out.get(page) ?? []), spec]);
    out.set(sharePath(spec), [spec]);
  }
  return out;
}
const embedPages = (): string[] => distFiles().filter((f) => /^embed\/.+\/index\.html$/.test(f));

describe("embed pages", () => {
  it("exist, one per chart in the registry, and no others", () => {
    expect(charts.length).toBeGreaterThan(0);
    expect(embedPages()).toEqual(charts.map((s) => embedFile(embedPath(s))).sort());
  });

  it.each(charts.map((s) => [`${s.chart}/${s.scope}`, s] as const))("%s: no furniture, noindex, release, links", (_, spec) => {
    const html = readDist(embedFile(embedPath(spec)));
    const { document } = parseHTML(html);
    expect(document.querySelectorAll("header, nav, footer").length).toBe(0);
    expect(document.querySelector('meta[name="robots"]')?.getAttribute("content")).toContain("noindex");
    expect(document.body.textContent).toContain(DATA_RELEASE);
    const hrefs = [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href") ?? "");
    const full = new URL(permalink(spec), "https://caseloadcheck.org.uk");
    expect(hrefs.some((h) => new URL(h, full).pathname === full.pathname)).toBe(true);
    expect(hrefs.some((h) => new URL(h, full).pathname === "/corrections/")).toBe(true);
    // The chart frame: title, source, notes, and the data table collapsed (over EMBED_TABLE_ROWS rows, the
    // disclosure points to the CSV instead).
    expect(document.querySelector("figure h2")?.textContent).toBe(spec.title);
    expect(document.body.textContent).toMatch(/Sources?: /);
    for (const note of spec.notes) expect(document.body.textContent).toContain(note);
    const details = document.querySelector("figure details");
    expect(details?.hasAttribute("open")).toBe(false);
    if (spec.rows.length > EMBED_TABLE_ROWS) expect(details?.textContent).toContain(`${String(spec.rows.length)} rows`);
    else expect(details?.querySelector("table")).toBeTruthy();
    // Downloads sit beside it and exist.
    for (const path of [csvPath(spec), svgPath(spec), pngPath(spec)]) {
      expect(hrefs).toContain(path);
      expect(resolves(path)).toBe(true);
    }
    // oEmbed discovery points at a document that exists.
    const oembed = document.querySelector('link[rel="alternate"][type="application/json+oembed"]')?.getAttribute("href");
    expect(oembed && new URL(oembed).pathname).toBe(oembedPath(spec));
    expect(resolves(oembedPath(spec))).toBe(true);
    // No embed code inside an embed.
    expect(document.querySelector("textarea")).toBeNull();
  });
});

describe("the listener script", () => {
  it("public/embed.js is built and at most 1 KB", () => {
    const bytes = readFileSync(join(DIST, "embed.js")).byteLength;
    expect(bytes).toBeLessThanOrEqual(1024);
    expect(bytes).toBe(readFileSync(join(process.cwd(), "public/embed.js")).byteLength);
  });
});

describe("oEmbed documents", () => {
  it("exist, one per chart", () => {
    expect(distFiles().filter((f) => f.startsWith("oembed/"))).toEqual(charts.map((s) => oembedPath(s).slice(1)).sort());
  });

  it.each(charts.map((s) => [oembedPath(s), s] as const))("%s parses and embeds the chart's iframe", (path, spec) => {
    const doc = JSON.parse(readDist(path.slice(1))) as OEmbedDocument;
    expect(doc.type).toBe("rich");
    expect(doc.version).toBe("1.0");
    expect(doc.title).toBe(spec.title);
    expect(doc.provider_name).toBe("Caseload Check");
    expect(doc.provider_url).toMatch(/^https?:\/\//);
    expect(doc.width).toBeGreaterThan(0);
    expect(doc.height).toBeGreaterThan(0);
    const { document } = parseHTML(`<!doctype html><html><body>${doc.html}</body></html>`);
    const iframe = document.querySelector("iframe");
    expect(iframe?.getAttribute("title")).toBe(spec.title);
    expect(new URL(iframe?.getAttribute("src") ?? "").pathname).toBe(embedPath(spec));
    expect(iframe?.getAttribute("height")).toBe(String(doc.height));
    expect(doc.thumbnail_width).toBe(1200);
    expect(doc.thumbnail_height).toBe(630);
    expect(resolves(new URL(doc.thumbnail_url).pathname)).toBe(true);
  });

  it.each([...pagesHolding()])("%s advertises one oEmbed document: its lead chart's", (page, specs) => {
    const file = embedFile(page);
    expect(existsSync(join(DIST, file)), `${page} is built`).toBe(true);
    const hrefs = [...readDist(file).matchAll(/<link\b[^>]*type="application\/json\+oembed"[^>]*>/g)].map(
      (m) => new URL(/href="([^"]+)"/.exec(m[0])?.[1] ?? "", "https://x").pathname,
    );
    // Consumers take the first link, so a page with several charts advertises its first only.
    expect(hrefs).toEqual(specs.slice(0, 1).map(oembedPath));
  });
});
