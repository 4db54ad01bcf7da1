/** The story over the built site: the home page's computed findings and weight, the articles, RSS and cards. */
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { DIST, distFiles, readDist } from "./site.ts";
import {
  englandSentence,
  gradeSentence,
  highestSentence,
  practitionerSentence,
} from "../../story/statements.ts";
import { factsIn } from "../mdxFacts.ts";
import { resolveFact } from "../../story/fact.ts";

const files = distFiles();
const articlePages = files.filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));
const slugs = articlePages.map((f) => f.split("/")[1] ?? "");
const text = (html: string): string => parseHTML(html).document.body.textContent.replace(/\s+/g, " ");

/** gzip size of a page's HTML plus the CSS and JS it loads. */
function weight(file: string): { html: number; css: number; js: number } {
  const html = readDist(file);
  const gz = (path: string): number => gzipSync(readFileSync(join(DIST, path))).length;
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => gz(m[1] ?? ""));
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => gz(m[1] ?? ""));
  return { html: gzipSync(html).length, css: css.reduce((a, b) => a + b, 0), js: js.reduce((a, b) => a + b, 0) };
}

describe("home page", () => {
  const html = readDist("index.html");
  const body = text(html);

  it("states the findings computed from the data", () => {
    for (const s of [englandSentence(), highestSentence(), practitionerSentence(), gradeSentence()]) {
      expect(body).toContain(s);
    }
  });

  it("draws the three story charts, each with its data table", () => {
    for (const id of [
      "chart-england-caseload-england",
      "chart-practitioners-vs-official-england",
      "chart-caseload-by-grade-england",
    ]) {
      expect(html).toContain(`id="${id}"`);
    }
    expect(html.match(/<table/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it("says how inspections were matched to the workforce count", () => {
    expect(body).toContain("last 30 September workforce count on or before the inspection's start date");
  });

  it("leads to the council finder and every article", () => {
    expect(html).toContain('href="/councils/"');
    for (const slug of slugs) expect(html).toContain(`href="/articles/${slug}/"`);
  });

  it("weighs at most 50 KB gzip (HTML + CSS + JS), with at most 3 KB of JS", () => {
    const w = weight("index.html");
    expect(w.html + w.css + w.js).toBeLessThanOrEqual(50 * 1024);
    expect(w.js).toBeLessThanOrEqual(3 * 1024);
  });
});

describe("articles", () => {
  it("at least five are built, and the index lists them all", () => {
    expect(articlePages.length).toBeGreaterThanOrEqual(5);
    const index = readDist("articles/index.html");
    for (const slug of slugs) expect(index).toContain(`href="/articles/${slug}/"`);
  });

  it.each(slugs)("%s has a headline, dates, byline, councils, sources, a correction link and its card", (slug) => {
    const html = readDist(`articles/${slug}/index.html`);
    const { document } = parseHTML(html);
    expect(document.querySelectorAll("h1")).toHaveLength(1);
    expect(document.querySelectorAll("article time[datetime]").length).toBeGreaterThanOrEqual(1);
    expect(text(html)).toContain("By Caseload Check");
    expect(html).toMatch(/href="\/councils\/[a-z-]+\/"/);
    expect(document.querySelector("#sources")).not.toBeNull();
    expect(html).toContain('href="/corrections/"');
    expect(html).toContain(`/og/articles/${slug}.png`);
    expect(files).toContain(`og/articles/${slug}.png`);
    expect(document.querySelectorAll("figure.chart").length).toBeGreaterThanOrEqual(1);
    expect(document.querySelector('script[type="application/ld+json"]')).not.toBeNull();
  });

  it.each(slugs)("%s prints exactly the checked value for each of its fact tags", (slug) => {
    const mdx = readFileSync(join(process.cwd(), "src/content/articles", `${slug}.mdx`), "utf8");
    const body = text(readDist(`articles/${slug}/index.html`));
    for (const f of factsIn(mdx, slug)) {
      const { expect: _expected, ...props } = f.props;
      expect(body).toContain(resolveFact(f.tag, props));
    }
  });
});

describe("RSS", () => {
  it("lists every article with its link and date", () => {
    const xml = readDist("rss.xml");
    expect(xml).toContain("<rss");
    expect(xml.match(/<item>/g)).toHaveLength(slugs.length);
    for (const slug of slugs) expect(xml).toContain(`/articles/${slug}/</link>`);
    expect(xml).toContain("<pubDate>");
  });
});
