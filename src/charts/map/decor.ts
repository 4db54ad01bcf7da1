/**
 * What the map draws over its areas, from their projected shapes: place labels (hidden from assistive technology,
 * with a halo in the page colour so they read over any class, light or dark; a larger, shorter set for phones) and,
 * on the boundary map, the London inset: London's areas again, enlarged, each a named link, in a framed box in the
 * sea, with a frame round London on the main map.
 */
import { cornerBox, placeLabels, shapeOf, type Box, type Label, type PlaceShape } from "./places.ts";

const SVG = "http://www.w3.org/2000/svg";
/** Label sizes in the drawing's px: the wide drawing is shown at about 1:1; a phone shows it at about 0.53. */
const WIDE_SIZE = 12.5;
const PHONE_SIZE = 22;
/**
 * Swap the label sets at the page's phone breakpoint (theme.css .chart-narrow); a file without CSS (resvg) shows the
 * wide set.
 */
const SWAP = "@media (max-width:560px){.map-pw{display:none}.map-pn{display:inline}}";

/** A place label: its text, the areas it names (by slug), and whether phones show it too. */
export interface Place {
  name: string;
  slugs: readonly string[];
  phone: boolean;
}

/** Everything decorate needs: the areas' rings by slug, the places, the inset and the frame. */
export interface Decor {
  shapes: ReadonlyMap<string, readonly (readonly (readonly [number, number])[])[]>;
  places: readonly Place[];
  inset: { name: string; slugs: readonly string[] } | undefined;
  width: number;
  height: number;
  document: Document;
  /** The drawn areas (their links are copied into the inset). */
  root: Element;
}

function el(doc: Document, tag: string, attrs: Record<string, string | number>, text?: string): Element {
  const e = doc.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

const r1 = (n: number): number => Math.round(n * 10) / 10;

/** One label set: halo under ink, centred, aria-hidden. */
function labelSet(doc: Document, labels: readonly Label[], size: number, cls: string, hidden: boolean): Element {
  const g = el(doc, "g", {
    class: cls,
    "aria-hidden": "true",
    "font-size": size,
    "font-weight": 700,
    "text-anchor": "middle",
    fill: "var(--color-ink)",
    stroke: "var(--color-paper)",
    "stroke-width": r1(size / 4),
    "stroke-linejoin": "round",
    "paint-order": "stroke",
    "pointer-events": "none",
    ...(hidden ? { display: "none" } : {}),
  });
  for (const l of labels) g.append(el(doc, "text", { x: r1(l.x), y: r1(l.y + size * 0.35) }, l.name));
  return g;
}

/** The union shape of some areas (London: its boroughs together). */
function union(d: Decor, slugs: readonly string[]): ReturnType<typeof shapeOf> {
  return shapeOf(slugs.flatMap((s) => d.shapes.get(s) ?? []));
}

/**
 * The inset's box in the sea (top right), and the frame's contents: its title (wide and phone sizes, like the
 * labels), the enlarged areas as links.
 */
function inset(d: Decor, areas: { name: string; slugs: readonly string[] }): { nodes: Element[]; box: Box } | null {
  const { box: src } = union(d, areas.slugs);
  const [pad, title] = [6, PHONE_SIZE + 4];
  const [w, h] = [src.x1 - src.x0, src.y1 - src.y0];
  const points = [...d.shapes.values()].flat(2);
  const heightOf = (fw: number): number => ((fw - 2 * pad) * h) / w + 2 * pad + title;
  const room = cornerBox(points, heightOf, { width: d.width, margin: 4 }, 8, d.width * 0.45);
  if (!room) return null;
  // The page rounds transforms to half pixels (render.ts compactSvg), so the scale is a whole half and the
  // offsets whole pixels: the copies then sit exactly where they are drawn in the PNG. The frame shrinks to fit.
  const k = Math.floor(((room.x1 - room.x0 - 2 * pad) / w) * 2) / 2;
  const frame = { ...room, x0: room.x1 - Math.ceil(k * w + 2 * pad), y1: room.y0 + Math.ceil(k * h + 2 * pad + title) };
  const [tx, ty] = [Math.round(frame.x0 + pad - k * src.x0), Math.round(frame.y0 + pad + title - k * src.y0)];
  const doc = d.document;
  const group = el(doc, "g", { role: "group", "aria-label": `${areas.name}, enlarged` });
  const stroke = { fill: "none", stroke: "var(--color-ink-muted)", "stroke-width": 1 };
  const [fx, fy] = [r1(frame.x0), r1(frame.y0)];
  group.append(
    el(doc, "rect", {
      x: fx,
      y: fy,
      width: r1(frame.x1 - fx),
      height: r1(frame.y1 - fy),
      ...stroke,
      fill: "var(--color-paper)",
    }),
    ...(
      [
        [WIDE_SIZE + 2.5, "map-pw"],
        [PHONE_SIZE, "map-pn"],
      ] as const
    ).map(([size, cls]) =>
      el(
        doc,
        "text",
        {
          class: cls,
          x: fx + pad,
          y: r1(fy + pad + size * 0.8),
          "font-size": size,
          "font-weight": 700,
          "text-anchor": "start",
          fill: "var(--color-ink)",
          "aria-hidden": "true",
          ...(cls === "map-pn" ? { display: "none" } : {}),
        },
        areas.name,
      ),
    ),
  );
  const zoom = el(doc, "g", {
    transform: `translate(${String(tx)},${String(ty)}) scale(${String(k)})`,
  });
  for (const slug of areas.slugs) {
    const a = d.root.querySelector(`a[data-slug="${slug}"]`);
    if (!a) continue;
    const link = el(doc, "a", {
      href: a.getAttribute("href") ?? "",
      "aria-label": a.getAttribute("aria-label") ?? "",
      "data-slug": slug,
    });
    link.append(el(doc, "use", { href: `#map-${slug}` }));
    zoom.append(link);
  }
  group.append(zoom);
  const around = el(doc, "rect", {
    x: r1(src.x0 - 2),
    y: r1(src.y0 - 2),
    width: r1(w + 4),
    height: r1(h + 4),
    ...stroke,
    "aria-hidden": "true",
  });
  return { nodes: [around, group], box: frame };
}

/** The labels, the inset and the style that swaps label sets, to append after the areas. */
export function decorate(d: Decor): Element[] {
  const ins = d.inset ? inset(d, d.inset) : null;
  const obstacles = ins ? [ins.box] : [];
  const shapes = (phone: boolean): PlaceShape[] =>
    d.places
      .filter((p) => !phone || p.phone)
      .map((p) => ({ name: p.name, ...union(d, p.slugs) }))
      .filter((p) => Number.isFinite(p.x));
  const doc = d.document;
  return [
    ...(ins?.nodes ?? []),
    el(doc, "style", {}, SWAP),
    labelSet(doc, placeLabels(shapes(false), WIDE_SIZE, d, obstacles), WIDE_SIZE, "map-pw", false),
    labelSet(doc, placeLabels(shapes(true), PHONE_SIZE, d, obstacles), PHONE_SIZE, "map-pn", true),
  ];
}
