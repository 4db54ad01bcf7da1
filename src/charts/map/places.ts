/**
 * Geometry of the drawn maps, read back from the projected paths: each area's rings, centroid and box, where the
 * place labels go (centred on the named councils' shapes, moved beside them or left out where they would collide or
 * be cut off) and where an enlarged inset fits in the sea without covering land. Pure: numbers in, numbers out.
 */
import { textWidth } from "../../lib/chart/textWidth.ts";

type Pt = readonly [number, number];

/** An axis-aligned box. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The rings of an absolute M/L/Z path, as d3-geo writes it ("M1,2L3,4Z"). */
export function rings(d: string): Pt[][] {
  const out: Pt[][] = [];
  for (const m of d.matchAll(/([ML])([^MLZ]*)/gi)) {
    const [xs = "0", ys = "0"] = (m[2] ?? "").split(",");
    const p: Pt = [Number(xs), Number(ys)];
    if ((m[1] ?? "").toUpperCase() === "M") out.push([p]);
    else out.at(-1)?.push(p);
  }
  return out;
}

/** A shape's area-weighted centroid and its box (all rings of all its paths). */
export function shapeOf(rs: readonly (readonly Pt[])[]): { x: number; y: number; box: Box } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  const box: Box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const r of rs)
    r.forEach(([x, y], i) => {
      const [nx, ny] = r[(i + 1) % r.length] ?? [x, y];
      const cross = x * ny - nx * y;
      a += cross;
      cx += (x + nx) * cross;
      cy += (y + ny) * cross;
      box.x0 = Math.min(box.x0, x);
      box.y0 = Math.min(box.y0, y);
      box.x1 = Math.max(box.x1, x);
      box.y1 = Math.max(box.y1, y);
    });
  if (a === 0) return { x: (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2, box };
  return { x: cx / (3 * a), y: cy / (3 * a), box };
}

const overlaps = (a: Box, b: Box, pad: number): boolean =>
  a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;

/** A label to place: its text and the shape it names. */
export interface PlaceShape {
  name: string;
  x: number;
  y: number;
  box: Box;
}

/** A placed label: its text, centre and box. */
export interface Label {
  name: string;
  x: number;
  y: number;
  box: Box;
}

/**
 * Labels WIDEN times wider than Source Sans 3 measures them: the page draws them in the reader's system font, which
 * may be wider (DejaVu Sans is about a fifth wider), and a label must not collide in any of them.
 */
const WIDEN = 1.3;
const EDGE = 3;

/**
 * Each label centred on its shape's centroid, or else just above, below, right or left of the shape, kept inside
 * the drawing; a label that fits nowhere without touching an earlier one or an obstacle is left out (earlier
 * labels win).
 */
export function placeLabels(
  places: readonly PlaceShape[],
  size: number,
  frame: { width: number; height: number },
  obstacles: readonly Box[] = [],
): Label[] {
  const placed: Label[] = [];
  const h = size * 1.2;
  for (const p of places) {
    const w = textWidth(p.name, size, true) * WIDEN;
    const gap = 3 + h / 2;
    const candidates: Pt[] = [
      [p.x, p.y],
      [p.x, p.box.y0 - gap],
      [p.x, p.box.y1 + gap],
      [p.box.x1 + gap + w / 2, p.y],
      [p.box.x0 - gap - w / 2, p.y],
    ];
    const fits = candidates
      .map(([x, y]): Label => {
        const cx = Math.min(Math.max(x, EDGE + w / 2), frame.width - EDGE - w / 2);
        const cy = Math.min(Math.max(y, EDGE + h / 2), frame.height - EDGE - h / 2);
        return { name: p.name, x: cx, y: cy, box: { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 } };
      })
      .find((l) => ![...placed.map((q) => q.box), ...obstacles].some((b) => overlaps(l.box, b, 2)));
    if (fits) placed.push(fits);
  }
  return placed;
}

/**
 * The largest box in the top-right corner of the frame, at most `max` px wide and `heightOf(width)` tall, with no
 * drawn point within `gap` px of it: open sea, so an inset placed there covers no land.
 */
export function cornerBox(
  points: readonly Pt[],
  heightOf: (width: number) => number,
  frame: { width: number; margin: number },
  gap: number,
  max: number,
): Box | null {
  const right = frame.width - frame.margin;
  const top = frame.margin;
  for (let w = max; w >= 60; w -= 2) {
    const box = { x0: right - w, y0: top, x1: right, y1: top + heightOf(w) };
    if (!points.some(([x, y]) => x > box.x0 - gap && y < box.y1 + gap)) return box;
  }
  return null;
}
