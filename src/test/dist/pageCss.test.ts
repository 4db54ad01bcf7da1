/**
 * Embeds and council pages load their own, smaller stylesheets (src/styles/embed.css, council.css): the site's
 * tokens and rules, but only the utilities of the files those pages are made of. A class such a page uses that the
 * site's stylesheet styles and its own does not would show unstyled; this finds every one, on every such page.
 */
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { htmlPages, pageType, readDist } from "./site.ts";
import { assetsOf } from "../../bench/weight.ts";

/** Class names a stylesheet has a selector for, unescaped (".max-w-\[510px\]" -> "max-w-[510px]"). */
function classesOf(css: string): Set<string> {
  const names = new Set<string>();
  for (const m of css.matchAll(/\.((?:\\.|[\w-])+)/g)) names.add((m[1] ?? "").replace(/\\(.)/g, "$1"));
  return names;
}

/** The CSS a page loads, all of it. */
const stylesheet = (file: string): string =>
  assetsOf(readDist(file))
    .css.map((path) => readDist(path.slice(1)))
    .join("\n");

/** What the site's stylesheet styles (the home page's), with the compare chart's own rules. */
const site = classesOf(stylesheet("index.html") + stylesheet("compare/walsall/index.html"));
const pages = htmlPages();
const own = pages.filter(
  (f) => pageType(f) === "embed" || pageType(f) === "council" || /^compare\/[^/]+\/embed\/index\.html$/.test(f),
);

describe("pages with their own stylesheet", () => {
  it.each(["embed/caseload-trend/walsall/index.html", "councils/walsall/index.html"])(
    "%s loads a stylesheet that is not the site's, and is smaller",
    (file) => {
      expect(stylesheet(file)).not.toBe(stylesheet("index.html"));
      expect(stylesheet(file).length).toBeLessThan(stylesheet("index.html").length);
    },
  );

  it("are every embed and every council page", () => {
    expect(own.filter((f) => pageType(f) === "council")).toHaveLength(pages.filter((f) => pageType(f) === "council").length);
    expect(own.length).toBeGreaterThan(1000);
  });

  it.each(own)("%s: its stylesheet styles every class it uses that the site's stylesheet styles", (file) => {
    const styled = classesOf(stylesheet(file));
    const { document } = parseHTML(readDist(file));
    const used = new Set(
      [...document.querySelectorAll("[class]")].flatMap((el) => (el.getAttribute("class") ?? "").split(/\s+/)),
    );
    expect([...used].filter((c) => c !== "" && site.has(c) && !styled.has(c))).toEqual([]);
  });
});

describe("colour tokens", () => {
  // Drawings colour their marks with var(--color-…) in attributes, which no utility scan sees: a stylesheet that
  // left a token out would draw those marks in no colour at all.
  const tokensUsed = (file: string): Set<string> =>
    new Set([...readDist(file).matchAll(/var\((--[\w-]+)\)/g)].map((m) => m[1] ?? ""));

  it("are used by the drawings (the check below has something to check)", () => {
    expect(tokensUsed("councils/walsall/index.html").size).toBeGreaterThanOrEqual(8);
    expect(tokensUsed("embed/caseload-trend/walsall/index.html").size).toBeGreaterThanOrEqual(5);
  });

  /** A stylesheet without its dark-scheme blocks: the tokens a light page (and every embed by default) gets. */
  const light = (css: string): string => {
    let out = css;
    for (let at = out.indexOf("@media screen and (prefers-color-scheme:dark)"); at >= 0; at = out.indexOf("@media screen and (prefers-color-scheme:dark)")) {
      let depth = 0;
      let end = out.indexOf("{", at);
      for (; end < out.length; end++) {
        if (out[end] === "{") depth += 1;
        else if (out[end] === "}" && --depth === 0) break;
      }
      out = out.slice(0, at) + out.slice(end + 1);
    }
    return out;
  };

  it.each([...own, "index.html", "councils/index.html", "map/index.html"])("%s defines every token it uses", (file) => {
    const css = stylesheet(file);
    expect(css).toContain("prefers-color-scheme:dark");
    const defined = new Set([...light(css).matchAll(/(--[\w-]+):/g)].map((m) => m[1]));
    expect([...tokensUsed(file)].filter((v) => !defined.has(v))).toEqual([]);
  });
});
