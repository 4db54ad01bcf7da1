import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EMBED_MAX_WIDTH, FALLBACK_HEIGHT, embedSnippet, oembedDocument, oembedUrl } from "./embed.ts";

const spec = { chart: "caseload-trend", scope: "walsall", title: 'Walsall\'s "official" caseload & <more>' };

describe("embedSnippet", () => {
  const html = embedSnippet(spec, "https://caseloadcheck.org.uk");

  it("is an iframe with a title and a fixed fallback height, then the async listener", () => {
    expect(html).toMatch(/^<iframe src="https:\/\/caseloadcheck\.org\.uk\/embed\/caseload-trend\/walsall\/"/);
    expect(html).toContain(`height="${String(FALLBACK_HEIGHT)}"`);
    expect(html).toContain(`max-width:${String(EMBED_MAX_WIDTH)}px`);
    expect(html).toContain("data-caseload-check");
    expect(html).toMatch(/<script async src="https:\/\/caseloadcheck\.org\.uk\/embed\.js"><\/script>$/);
  });

  it("escapes the title into the attribute", () => {
    expect(html).toContain('title="Walsall\'s &quot;official&quot; caseload &amp; &lt;more>"');
  });

  it("follows the site it is built for", () => {
    expect(embedSnippet(spec, "http://127.0.0.1:4321")).toContain('src="http://127.0.0.1:4321/embed.js"');
  });
});

describe("oembedDocument", () => {
  it("is a rich oEmbed 1.0 document with the snippet and the social card", () => {
    const doc = oembedDocument(spec, "https://caseloadcheck.org.uk");
    expect(doc).toMatchObject({
      type: "rich",
      version: "1.0",
      title: spec.title,
      provider_name: "Caseload Check",
      provider_url: "https://caseloadcheck.org.uk/",
      width: EMBED_MAX_WIDTH,
      height: FALLBACK_HEIGHT,
      thumbnail_url: "https://caseloadcheck.org.uk/og/charts/caseload-trend/walsall.png",
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(doc.html).toBe(embedSnippet(spec, "https://caseloadcheck.org.uk"));
    expect(oembedUrl(spec, "https://caseloadcheck.org.uk")).toBe(
      "https://caseloadcheck.org.uk/oembed/caseload-trend/walsall.json",
    );
  });
});

describe("public/embed.js", () => {
  it("is at most 1 KB", () => {
    expect(readFileSync(join(process.cwd(), "public/embed.js")).byteLength).toBeLessThanOrEqual(1024);
  });
});

describe("embedSnippet options", () => {
  const heights = {
    phone: 700,
    desktop: 560,
    widest: 580,
    pieces: [
      { a: 881.2, b: -0.5283 },
      { a: 451.4, b: 0.1786 },
    ] as [{ a: number; b: number }, { a: number; b: number }],
    upper: true,
  };

  it("asks for a theme only when it is not the light default", () => {
    expect(embedSnippet(spec, "https://x.org")).toContain('src="https://x.org/embed/caseload-trend/walsall/"');
    expect(embedSnippet(spec, "https://x.org", { theme: "light" })).toContain('/walsall/" title');
    expect(embedSnippet(spec, "https://x.org", { theme: "dark" })).toContain('/walsall/?theme=dark"');
    expect(embedSnippet(spec, "https://x.org", { theme: "auto" })).toContain('/walsall/?theme=auto"');
  });

  it("gives the measured height: the largest as the attribute, the pieces as the style", () => {
    const html = embedSnippet(spec, "https://x.org", { heights });
    expect(html).toContain('height="700"');
    expect(html).toContain(
      "height:max(calc(881.2px + -0.5283 * min(100vw - 32px, 720px)), calc(451.4px + 0.1786 * min(100vw - 32px, 720px)))",
    );
    expect(oembedDocument(spec, "https://x.org", heights).height).toBe(700);
  });
});
