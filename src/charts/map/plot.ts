/**
 * England's councils as a choropleth: the House of Commons Library hex cartogram or the ONS boundaries, each
 * area a link to its council page with an accessible name, coloured by caseload bin or Ofsted grade, with the
 * grade's letter printed on hexes. Pure: (features, areas, options) -> Plot options. Path coordinates are
 * rounded to 1 dp to keep the page small.
 */
import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { decorate, type Place } from "./decor.ts";
import { rings } from "./places.ts";

/** What is drawn for one area. */
export interface MapArea {
  /** Code joining the area to its feature (hex_code). */
  code: string;
  slug: string;
  /** Fill (a CSS colour or token). */
  color: string;
  /** Letter printed on the area (grade view on the hexes), or "". */
  letter: string;
  /** Accessible name: "Walsall: caseload 11.9 (2025), Ofsted Outstanding". */
  label: string;
}

/** Options of choropleth. */
export interface MapOptions {
  width: number;
  kind: "hex" | "boundaries";
  /** Place labels, most important first. */
  places?: readonly Place[];
  /** Areas drawn again, enlarged, in an inset in the sea (London on the boundary map). */
  inset?: { name: string; slugs: readonly string[] };
}

type F = Feature<Geometry, { code: string; name: string }>;

/**
 * Rewrite an absolute M/L/Z path (as d3-geo writes it) with relative moves rounded to `digits` decimals: the
 * same shape in about half the bytes. Offsets are taken between rounded points, so rounding errors never add up.
 * With minStep, points closer than that to the last kept point are dropped.
 */
export function compactPath(d: string, digits: number, minStep = 0): string {
  const k = 10 ** digits;
  const r = (n: number): number => Math.round(n * k) / k;
  const num = (n: number): string => {
    const s = String(r(n) === 0 ? 0 : r(n));
    return s.replace(/^(-?)0\./, "$1.");
  };
  let out = "";
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  let last = "";
  for (const m of d.matchAll(/([MLZ])([^MLZ]*)/gi)) {
    const cmd = (m[1] ?? "").toUpperCase();
    if (cmd === "Z") {
      out += "z";
      last = "z";
      cx = sx;
      cy = sy;
      continue;
    }
    const [xs = "0", ys = "0"] = (m[2] ?? "").split(",");
    const x = r(Number(xs));
    const y = r(Number(ys));
    const dx = x - cx;
    const dy = y - cy;
    // Drop a point closer than minStep px to the last one kept (invisible at the drawn size).
    if (cmd === "L" && minStep > 0 && Math.max(Math.abs(dx), Math.abs(dy)) < minStep) continue;
    cx = x;
    cy = y;
    if (cmd === "M") {
      sx = x;
      sy = y;
    }
    const c = cmd === "M" ? "m" : "l";
    if (c === "l" && Math.abs(dx) < 0.5 / k && Math.abs(dy) < 0.5 / k) continue;
    const ny = num(dy);
    const body = `${num(dx)}${ny.startsWith("-") ? "" : " "}${ny}`;
    out += c === last ? (body.startsWith("-") ? body : ` ${body}`) : `${c}${body}`;
    last = c === "m" ? "l" : c;
  }
  return out;
}

/**
 * Name each link by its area (the path's aria-label moves to the <a>), mark it with its slug, and shorten its
 * path; returns each area's projected rings, read before shortening. Areas shown again in an inset get an id (the
 * inset draws them with <use>) and a tenth of a pixel, so they stay smooth when enlarged.
 */
function nameLinks(
  g: SVGElement,
  kind: MapOptions["kind"],
  enlarged: ReadonlySet<string>,
): Map<string, ReturnType<typeof rings>> {
  const shapes = new Map<string, ReturnType<typeof rings>>();
  for (const a of g.querySelectorAll("a")) {
    const path = a.querySelector("path");
    if (!path) continue;
    const slug = (a.getAttribute("href") ?? "").split("/")[2] ?? "";
    const d = path.getAttribute("d") ?? "";
    shapes.set(slug, rings(d));
    a.setAttribute("aria-label", path.getAttribute("aria-label") ?? "");
    path.removeAttribute("aria-label");
    a.setAttribute("data-slug", slug);
    const fine = kind === "hex" || enlarged.has(slug);
    if (enlarged.has(slug)) path.setAttribute("id", `map-${slug}`);
    path.setAttribute("d", compactPath(d, fine ? 1 : 0, kind === "hex" ? 0 : fine ? 1 : 1.5));
  }
  return shapes;
}

/** (features, areas, options) -> Plot options. */
export function choropleth(features: readonly F[], areas: readonly MapArea[], options: MapOptions): PlotOptions {
  const { width, kind } = options;
  const byCode = new Map(areas.map((a) => [a.code, a]));
  const drawn = features.filter((f) => byCode.has(f.properties.code));
  const area = (f: F): MapArea => byCode.get(f.properties.code) as MapArea;
  const collection: FeatureCollection = { type: "FeatureCollection", features: [...drawn] };
  const height = Math.round(width * (kind === "hex" ? 1.08 : 1.18));
  return {
    width,
    height,
    margin: 4,
    // The cartogram's y axis runs north-up and SVG's runs down: "reflect-y" turns it north-up on screen. (Plot's
    // "identity" projection ignores a reflectY option, which drew the map upside down.)
    projection: (kind === "hex"
      ? { type: "reflect-y", domain: collection }
      : { type: "transverse-mercator", rotate: [2, 0], domain: collection }) as Plot.ProjectionOptions,
    marks: [
      Plot.geo(drawn, {
        fill: (f: F) => area(f).color,
        stroke: "var(--color-paper)",
        strokeWidth: kind === "hex" ? 1.5 : 0.5,
        href: (f: F) => `/councils/${area(f).slug}/`,
        ariaLabel: (f: F) => area(f).label,
        // Tooltips on the hexes; the boundary map leaves them out to stay within the map embed budget (its links
        // still carry the same accessible names).
        ...(kind === "hex" ? { title: (f: F) => area(f).label } : {}),
        render(index, scales, values, dimensions, context, next) {
          const g = next?.(index, scales, values, dimensions, context);
          if (!g) return null;
          const shapes = nameLinks(g, kind, new Set(options.inset?.slugs));
          g.append(
            ...decorate({
              shapes,
              places: options.places ?? [],
              inset: options.inset,
              width: dimensions.width,
              height: dimensions.height,
              document: context.document,
              root: g,
            }),
          );
          return g;
        },
      }),
      ...(kind === "hex"
        ? [
            Plot.text(
              drawn,
              Plot.centroid({
                text: (f: F) => area(f).letter,
                fill: "white",
                stroke: "black",
                strokeOpacity: 0.4,
                strokeWidth: 2,
                paintOrder: "stroke",
                fontWeight: 700,
                fontSize: width < 480 ? 7 : 10,
                ariaHidden: "true",
                pointerEvents: "none",
              }),
            ),
          ]
        : []),
    ],
  };
}
