/** Every href and src inside the site resolves to a built file. */
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { htmlPages, readDist, resolves, urlPathOf } from "./site.ts";
import { SITE } from "../../../astro.config.mjs";

const site = new URL(SITE);

/** Internal targets of one page, resolved against its own URL. */
function internalTargets(file: string): string[] {
  const { document } = parseHTML(readDist(file));
  const base = new URL(urlPathOf(file), site);
  const raw = [
    ...[...document.querySelectorAll("[href]")].map((el) => el.getAttribute("href") ?? ""),
    ...[...document.querySelectorAll("[src]")].map((el) => el.getAttribute("src") ?? ""),
  ];
  return raw
    .filter((h) => h !== "" && !h.startsWith("#") && !/^(mailto|tel|data):/.test(h))
    .map((h) => new URL(h, base))
    .filter((u) => u.origin === site.origin)
    .map((u) => u.pathname);
}

describe("internal links", () => {
  it.each(htmlPages())("every link and source on %s resolves", (file) => {
    const broken = [...new Set(internalTargets(file))].filter((p) => !resolves(p));
    expect(broken).toEqual([]);
  });
});
