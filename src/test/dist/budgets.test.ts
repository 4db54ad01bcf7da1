/** Byte budgets (bytes do not vary from run to run, so they can be tests; speed is measured in `npm run bench`). */
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { DIST, htmlPages, pageType, readDist } from "./site.ts";
import { pageWeight } from "../../bench/weight.ts";

const KB = 1024;
/** gzip budgets for HTML + CSS + JS together, by page type: every page of the type (issue 16's goals). */
const BUDGETS = { home: 30 * KB, council: 20 * KB, embed: 10 * KB } as const;
/** Budgets for the typical (median) page: a chart embed meets the 8 KB goal for a compact embed. */
const MEDIANS = { council: 19 * KB, embed: 8 * KB } as const;
/** Map embeds draw 153 linked areas; they have their own stated budget (see the README's performance section). */
const MAP_EMBED_BUDGET = 22 * KB;

const pages = htmlPages();
const isMapEmbed = (file: string): boolean => file.startsWith("embed/map");

describe("page weight budgets (gzip)", () => {
  it.each(pages.filter((f) => pageType(f) in BUDGETS))("%s is within its budget", (file) => {
    const type = pageType(file) as keyof typeof BUDGETS;
    const budget = type === "embed" && isMapEmbed(file) ? MAP_EMBED_BUDGET : BUDGETS[type];
    expect(pageWeight(DIST, file).total).toBeLessThanOrEqual(budget);
  });

  it.each(Object.entries(MEDIANS))("the median %s page is within %d bytes", (type, budget) => {
    const weights = pages
      .filter((f) => pageType(f) === type && !isMapEmbed(f))
      .map((f) => pageWeight(DIST, f).total)
      .sort((a, b) => a - b);
    expect(weights.length).toBeGreaterThan(100);
    expect(weights[weights.length >> 1]).toBeLessThanOrEqual(budget);
  });

  it.each(pages)("%s loads at most 3 KB of JavaScript", (file) => {
    expect(pageWeight(DIST, file).js).toBeLessThanOrEqual(3 * KB);
  });
});

describe("images", () => {
  it.each(pages)("every <img> on %s has width and height", (file) => {
    const { document } = parseHTML(readDist(file));
    const missing = [...document.querySelectorAll("img")]
      .filter((img) => !img.hasAttribute("width") || !img.hasAttribute("height"))
      .map((img) => img.getAttribute("src"));
    expect(missing).toEqual([]);
  });
});
