/**
 * Renders Plot options to an SVG string at build time with a virtual DOM (Plot's `document` option), then
 * fixes what Plot leaves for the browser: labelled <g> elements get role="group" (aria-label is prohibited on a
 * <g> with no role), and the <svg> is named by the figure's title and description (role img, or group when it
 * holds links).
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { ChartSpec } from "./types.ts";

/** Default width of the wide drawing and of downloads, in px. */
export const WIDE = 640;
/** Width of the phone drawing, in px: a 375 px screen less the page's padding. */
export const NARROW = 340;

/** A length attribute of a drawing's outer <svg> (its first `width` or `height`); a drawing without one stops the build. */
function svgLength(svg: string, attr: "width" | "height"): number {
  const m = new RegExp(`\\s${attr}="([\\d.]+)"`).exec(svg);
  if (m?.[1] === undefined) throw new Error(`A drawing without a ${attr}: ${svg.slice(0, 80)}`);
  return Number(m[1]);
}

/** The height of a drawing, in px. */
export const svgHeight = (svg: string): number => svgLength(svg, "height");
/** The width of a drawing, in px. */
export const svgWidth = (svg: string): number => svgLength(svg, "width");

/** Accessible wiring for the root <svg>. */
export interface SvgLabels {
  /** id of the element that names the chart (its title). */
  labelledBy?: string;
  /** id of the element that describes the chart (its text description). */
  describedBy?: string;
  /** Plain name, used where there is no page around the SVG (downloads). */
  label?: string;
}

/** Render Plot options to an SVG (or figure) string. Pure apart from the virtual DOM it creates. */
export function renderPlot(options: Plot.PlotOptions, labels: SvgLabels = {}): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const node = Plot.plot({
    ...options,
    style: { fontSize: "13px", fontFamily: "inherit", overflow: "visible", background: "transparent" },
    document,
  });
  for (const g of node.querySelectorAll("g[aria-label]")) {
    if (!g.hasAttribute("role")) g.setAttribute("role", "group");
  }
  const svg = node.tagName.toLowerCase() === "svg" ? node : node.querySelector("svg");
  if (svg) {
    // A drawing of links (a map) stays a group, so its links remain reachable; any other chart is one image,
    // described by its figure's text and table.
    svg.setAttribute("role", svg.querySelector("a") ? "group" : "img");
    svg.removeAttribute("aria-label");
    if (labels.labelledBy !== undefined) svg.setAttribute("aria-labelledby", labels.labelledBy);
    if (labels.describedBy !== undefined) svg.setAttribute("aria-describedby", labels.describedBy);
    if (labels.label !== undefined) svg.setAttribute("aria-label", labels.label);
    svg.setAttribute("focusable", "false");
  }
  return escapeAttributes(node.outerHTML);
}

/** Drawings of this build, by chart, scope, width and labels (only in a production build: `astro dev` redraws). */
const drawings = new Map<string, string>();

/**
 * A chart's drawing at one width: `renderPlot(spec.plot(width), labels)`, drawn once per build. A chart's page,
 * embed and share page (same labels) and its SVG and PNG downloads (same label) reuse the first drawing.
 */
export function renderSpec(
  spec: Pick<ChartSpec, "chart" | "scope" | "plot">,
  width: number,
  labels: SvgLabels = {},
  compact = false,
): string {
  const draw = (): string => {
    const svg = renderPlot(spec.plot(width), labels);
    return compact ? compactSvg(svg) : svg;
  };
  if (process.env["NODE_ENV"] !== "production") return draw();
  const key = [spec.chart, spec.scope, width, labels.labelledBy, labels.describedBy, labels.label, compact].join(
    "\u0000",
  );
  let svg = drawings.get(key);
  if (svg === undefined) {
    svg = draw();
    drawings.set(key, svg);
  }
  return svg;
}

/** Geometry attributes whose numbers Plot prints with up to 16 digits. */
const GEOMETRY = /\s(d|transform|x|y|x1|x2|y1|y2|cx|cy|r|points|dx|dy|rx|ry)="([^"]*)"/g;
/** A decimal number (or one in exponent form) that is not a length with a unit such as "0.32em". */
const DECIMAL = /-?\d*\.\d+(?:e-?\d+)?(?![\d.]|em|ex|px|%)|-?\d+e-?\d+/g;
/**
 * To the nearest 1/`per` pixel. A negative number that rounds to zero stays "-0": its minus sign may be all that
 * separates it from the number before it in a path ("1.9-0.2").
 */
const roundTo =
  (per: number) =>
  (n: string): string => {
    const r = Math.round(Number(n) * per) / per;
    return r === 0 ? (n.startsWith("-") ? "-0" : "0") : String(r);
  };
/** To the nearest half pixel: a line on a half pixel (Plot's crisp-edge offset) stays there. */
const half = roundTo(2);
/** Relative path steps (a map's "m212.5 296.7-2 1.2…") add up their rounding, so they keep a tenth. */
const tenth = roundTo(10);
const RELATIVE_PATH = /[mlhvcsqta]/;

/**
 * The drawing as a page shows it, with what readers never see taken out (the page's CSS carries the rest):
 * coordinates to the nearest half pixel (Plot prints up to 16 digits; half a pixel is below what a screen shows at
 * the drawing's size, and keeps Plot's crisp-edge offsets), Plot's <style> element (the same in every
 * drawing; theme.css has it once), the root's font attributes and background that its own style overrides, and, in
 * a drawing that is one image (no links), the names, roles and aria-hidden of its inner groups, which assistive
 * technology does not read inside role="img". Titles (the tooltips) stay.
 */
export function compactSvg(svg: string): string {
  let out = svg
    .replace(
      GEOMETRY,
      (_, name: string, value: string) =>
        ` ${name}="${value.replace(DECIMAL, name === "d" && RELATIVE_PATH.test(value) ? tenth : half)}"`,
    )
    .replace(/<style>:where\(\.plot-[0-9a-f]+\) \{[^<]*<\/style>/g, "")
    .replace(/<svg\b[^>]*>/, (root) =>
      /style="font-size:[^"]*font-family:/.test(root)
        ? root
            .replace(/;background:transparent/, "")
            .replace(/ font-size="\d+"/, "")
            .replace(/ font-family="[^"]*"/, "")
        : root,
    );
  if (!/<a[\s>]/.test(out)) {
    out = out.replace(/<g\b[^>]*>/g, (tag) =>
      tag
        .replace(/ role="group"/, "")
        .replace(/ aria-label="[^"]*"/, "")
        .replace(/ aria-hidden="true"/, ""),
    );
  }
  return leanMarks(out);
}

/** A tick: Plot draws each as "M0,0L<dx>,<dy>" moved into place by translate(<x>,<y>). */
const TICK = /^M0,0L(-?[\d.]+),(-?[\d.]+)$/;
const TRANSLATE = /^translate\((-?[\d.]+),(-?[\d.]+)\)$/;

/** A group's child as a path segment if it is a bare tick or a bare line (four end points, nothing else); else null. */
function segmentOf(el: Element): string | null {
  const tag = el.tagName.toLowerCase();
  if (tag === "path" && el.attributes.length === 2) {
    const d = TICK.exec(el.getAttribute("d") ?? "");
    const at = TRANSLATE.exec(el.getAttribute("transform") ?? "");
    return d && at ? `M${at[1] ?? ""},${at[2] ?? ""}l${d[1] ?? ""},${d[2] ?? ""}` : null;
  }
  if (tag === "line" && el.attributes.length === 4) {
    const [x1, y1, x2, y2] = ["x1", "y1", "x2", "y2"].map((a) => el.getAttribute(a));
    return x1 && y1 && x2 && y2 ? `M${x1},${y1}L${x2},${y2}` : null;
  }
  return null;
}

/**
 * The same marks in fewer bytes. Labels of one line that Plot moves into place with translate(x,y) (and a baseline
 * shift in em) are placed with x, y and dy instead. A group whose children are all bare ticks (a path and its
 * translate) or bare lines (four end points, nothing else) becomes one <path> of the same segments: the group keeps
 * its attributes, and a two-point subpath has nothing to fill, so the strokes look the same. A group with anything
 * else in it, or with one child, is left as drawn.
 */
export function leanMarks(svg: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  let merged = 0;
  // A label moved into place by translate(x,y), with its baseline shift in em, is the same label at x, y; not one of
  // several lines, whose <tspan x="0">s are placed from the translated origin.
  for (const text of document.querySelectorAll("text[transform]")) {
    if ([...text.children].some((c) => c.tagName.toLowerCase() !== "title")) continue;
    const at = TRANSLATE.exec(text.getAttribute("transform") ?? "");
    const names = [...text.attributes]
      .map((a) => a.name)
      .sort()
      .join(" ");
    const shift = text.getAttribute("y");
    if (!at || !(names === "transform" || (names === "transform y" && shift !== null && /^-?[\d.]+em$/.test(shift))))
      continue;
    text.removeAttribute("transform");
    text.setAttribute("x", at[1] ?? "0");
    text.setAttribute("y", at[2] ?? "0");
    if (shift !== null) text.setAttribute("dy", shift);
    merged += 1;
  }
  for (const group of document.querySelectorAll("g")) {
    const kids = [...group.children];
    if (kids.length < 2) continue;
    const segments = kids.map(segmentOf);
    if (segments.some((s) => s === null)) continue;
    for (const k of kids) k.remove();
    const path = document.createElement("path");
    path.setAttribute("d", segments.join(""));
    group.append(path);
    merged += 1;
  }
  return merged === 0 ? svg : escapeAttributes(document.body.innerHTML);
}

/**
 * The phone drawing without its hover titles: a touch screen cannot show them, the wide drawing keeps them, and the
 * data table has every value. A drawing of links (the map) keeps its titles, which name the links.
 */
export const withoutTooltips = (svg: string): string =>
  /<a[\s>]/.test(svg) ? svg : svg.replace(/<title>[^<]*<\/title>/g, "");

/**
 * linkedom's serialiser escapes only `"` in attribute values, so `aria-label="Telford & Wrekin"` came out as is:
 * fine for an HTML parser, but not XML, so a standalone SVG with it failed to rasterise. Escape `&` (other than the
 * `&quot;` linkedom writes) and `<` in every attribute value; text content is already escaped.
 */
export function escapeAttributes(html: string): string {
  return html.replace(/="([^"]*)"/g, (_, value: string) =>
    value.includes("&") || value.includes("<")
      ? `="${value.replace(/&(?!quot;)/g, "&amp;").replaceAll("<", "&lt;")}"`
      : `="${value}"`,
  );
}
