/**
 * SVG downloads travel without the page, so each must carry its chart's key, and no line of its own text (title,
 * subtitle, key, source) may run past the image's right edge. Widths are measured with resvg and the bundled
 * Source Sans 3, the fonts the PNG download is drawn with.
 */
import { describe, expect, it } from "vitest";
import { allCharts } from "../../charts/registry.ts";
import { svgPath } from "../../lib/chart/paths.ts";
import { inkWidth } from "../../lib/chart/textWidth.ts";
import { readDist } from "./site.ts";

const unescape = (s: string): string =>
  s.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&amp;", "&");

/** The document's own text elements (the drawing, a nested <svg>, left out): x, size, weight and text. */
function ownTexts(svg: string): { x: number; size: number; bold: boolean; text: string }[] {
  const outside = svg.replace(/<svg x="0" y="[\d.]+"[\s\S]*?<\/svg>/, "");
  return [...outside.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)].map((m) => {
    const attrs = m[1] ?? "";
    return {
      x: Number(/\bx="([\d.-]+)"/.exec(attrs)?.[1] ?? "0"),
      size: Number(/font-size="([\d.]+)"/.exec(attrs)?.[1] ?? "16"),
      bold: attrs.includes('font-weight="700"'),
      text: unescape(m[2] ?? ""),
    };
  });
}

/** The image's right edge in the document's coordinates (viewBox min-x + width). */
function rightEdge(svg: string): number {
  const [minX = 0, , width = 0] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? "").split(" ").map(Number);
  return minX + width;
}

const charts = allCharts().map((s) => ({ id: `${s.chart}/${s.scope}`, spec: s }));

describe("SVG downloads", () => {
  it.each(charts)("$id carries its key's labels", ({ spec }) => {
    const texts = new Set(ownTexts(readDist(svgPath(spec).slice(1))).map((t) => t.text));
    const missing = (spec.key ?? []).map((k) => k.label).filter((l) => !texts.has(l));
    expect(missing).toEqual([]);
  });

  it.each(charts)("$id has no text line wider than the image", ({ spec }) => {
    const svg = readDist(svgPath(spec).slice(1));
    const edge = rightEdge(svg);
    const over = ownTexts(svg)
      .map((t) => ({ text: t.text, right: Math.round(t.x + inkWidth(t.text, t.size, t.bold)) }))
      .filter((t) => t.right > edge);
    expect(over, `right edge ${String(edge)}`).toEqual([]);
  });
});
