/** The security baseline: a CSP on every page with no 'unsafe-inline' scripts, and nothing from other origins. */
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { htmlPages, readDist } from "./site.ts";
import { contentSecurityPolicy } from "../../lib/csp.ts";

/** Resources a page loads (not links a reader may follow). */
function loadedResources(html: string): string[] {
  const { document } = parseHTML(html);
  const srcs = [...document.querySelectorAll("script[src], img[src], iframe[src], source[src], video[src], audio[src]")]
    .map((el) => el.getAttribute("src") ?? "");
  const links = [...document.querySelectorAll("link[href]")]
    .filter((el) => /stylesheet|preload|modulepreload|icon|manifest|prefetch/.test(el.getAttribute("rel") ?? ""))
    .map((el) => el.getAttribute("href") ?? "");
  const srcsets = [...document.querySelectorAll("[srcset]")].flatMap((el) =>
    (el.getAttribute("srcset") ?? "").split(",").map((s) => s.trim().split(/\s+/)[0] ?? ""),
  );
  return [...srcs, ...links, ...srcsets];
}

/** Absolute URLs to another origin among a page's loaded resources. */
export function foreignResources(html: string): string[] {
  return loadedResources(html).filter((u) => /^(https?:)?\/\//i.test(u));
}

describe("security baseline", () => {
  it.each(htmlPages())("%s has the CSP, no inline script and nothing from another origin", (file) => {
    const html = readDist(file);
    const { document } = parseHTML(html);
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "";
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp.split(";").find((d) => d.trim().startsWith("script-src"))).not.toContain("unsafe-inline");
    const inline = [...document.querySelectorAll("script:not([src])")].filter(
      (s) => s.getAttribute("type") !== "application/ld+json",
    );
    expect(inline.map((s) => s.outerHTML.slice(0, 80))).toEqual([]);
    expect(foreignResources(html)).toEqual([]);
  });

  it("the _headers file carries the same CSP and the other headers", () => {
    const headers = readDist("_headers");
    expect(headers).toContain(`Content-Security-Policy: ${contentSecurityPolicy()};`);
    expect(headers).toContain(`Content-Security-Policy: ${contentSecurityPolicy({ wasm: true })};`);
    for (const h of ["Referrer-Policy", "X-Content-Type-Options: nosniff", "Permissions-Policy", "immutable"]) {
      expect(headers).toContain(h);
    }
  });

  it("the detector itself catches a foreign script, stylesheet and image", () => {
    const bad =
      '<script src="https://cdn.example/x.js"></script><link rel="stylesheet" href="//fonts.example/a.css"><img src="http://127.0.0.2:9/x.png" alt="">';
    expect(foreignResources(bad)).toHaveLength(3);
    expect(foreignResources('<a href="https://www.gov.uk/">fine</a><img src="/a.png" alt="">')).toEqual([]);
  });
});
