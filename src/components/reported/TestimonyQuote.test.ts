/**
 * Testimony is untrusted text. A hostile quote, name and role must come out as escaped text, never as elements.
 * Rendered through Astro's Container API (which does not read astro.config: the site is passed here).
 */
import { describe, expect, it } from "vitest";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { parseHTML } from "linkedom";
import TestimonyQuote from "./TestimonyQuote.astro";
import type { Source, Testimony } from "../../lib/data/reported.ts";

const HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(1)>";

const testimony: Testimony = {
  id: "hostile-2018-09-22",
  name: `Mallory ${HOSTILE}`,
  date: "2018-09-22",
  councilSlug: null,
  caseloadLow: 38,
  caseloadHigh: 45,
  interpretation: `"<b>38</b>" read as 38-45`,
  role: `<iframe src=x></iframe> team manager`,
  kind: "first-hand",
  quote: HOSTILE,
  sourceId: "s",
};

const source: Source = {
  id: "s",
  publication: "Community <em>Care</em>",
  publicationBasis: "",
  title: `Headline <svg onload=alert(1)>`,
  date: "2018-09-05",
  datePrecision: "day",
  dateBasis: "",
  url: null,
  locatedUrl: "https://www.communitycare.co.uk/2018/09/05/x/",
  file: "",
  councilSlugs: [],
  figures: 0,
  testimonies: 1,
};

describe("TestimonyQuote with a hostile fixture", async () => {
  const container = await AstroContainer.create({ astroConfig: { site: "https://caseloadcheck.org.uk" } });
  const rendered = await container.renderToString(TestimonyQuote, {
    props: { testimony, source, level: 2, href: "/testimony/hostile-2018-09-22/" },
    request: new Request("https://caseloadcheck.org.uk/testimony/"),
    partial: true,
  });
  // Dev mode tags elements with their source location; drop those attributes before looking at the markup.
  const html = rendered.replaceAll(/ data-astro-source-[a-z]+="[^"]*"/g, "");

  it("prints the quote as escaped text", () => {
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
  });

  it("creates no script, img, iframe, svg, b or em element from any field", () => {
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    expect(document.querySelectorAll("script, img, iframe, svg, b, em").length).toBe(0);
    const handlers = [...document.querySelectorAll("*")].flatMap((el) =>
      [...el.attributes].map((a) => a.name).filter((n) => n.startsWith("on")),
    );
    expect(handlers).toEqual([]);
    // The same check catches an unescaped rendering (so the test can fail).
    const bad = parseHTML(`<!doctype html><html><body><p>${HOSTILE}</p></body></html>`).document;
    expect(bad.querySelectorAll("script, img").length).toBe(2);
  });

  it("escapes the name, role, interpretation and citation too", () => {
    expect(html).toContain("Mallory &lt;script&gt;");
    expect(html).toContain("&lt;iframe src=x&gt;&lt;/iframe&gt; team manager");
    expect(html).toContain("&lt;b&gt;38&lt;/b&gt;");
    expect(html).toContain("Headline &lt;svg onload=alert(1)&gt;");
    expect(html).toContain("Community &lt;em&gt;Care&lt;/em&gt;");
  });

  it("keeps the citation and the name's link", () => {
    expect(html).toContain('href="/testimony/hostile-2018-09-22/"');
    expect(html).toContain('cite="https://www.communitycare.co.uk/2018/09/05/x/"');
    expect(html).toContain("22 September 2018");
  });
});
