/**
 * The embed's fallback height, measured at build time from the compact embed's parts: the two SVG heights (the
 * phone drawing below 560 px, the wide one above, each scaled to the content width) and the lines of title,
 * subtitle, key and source text, wrapped with Source Sans 3 widths scaled up to a typical browser sans-serif.
 * It is laid out at the iframe widths a host page gives on a 375 px phone, a 640 px column (16 px margins
 * either side) and the snippet's 720 px cap, and the snippet's height runs along the lines through them.
 */
import type { ChartSpec } from "./chart/types.ts";
import { NARROW, renderPlot, WIDE } from "./chart/render.ts";
import { textWidth, wrapText } from "./chart/textWidth.ts";
import { EMBED_MAX_WIDTH, embedFooter, embedSourceLine, HOST_MARGIN } from "./embed.ts";

/** Browser sans-serif (DejaVu Sans, Arial, Segoe UI) against Source Sans 3: wider by about this much. */
const BROWSER_FONT = 1.2;
/** Host viewport widths the fallback is laid out for. */
export const HOST_WIDTHS = [375, 640] as const;

const svgHeight = (svg: string): number => Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? "0");
const svgWidth = (svg: string): number => Number(/width="([\d.]+)"/.exec(svg)?.[1] ?? "1");
const lines = (text: string, width: number, size: number, bold = false): number =>
  text === "" ? 0 : wrapText(text, width / BROWSER_FONT, size, bold).length;

/** Rows of the HTML key (a flex row wrapping, 16 px between items, swatch and 6 px gap before each label). */
function keyRows(spec: ChartSpec, width: number): number {
  let rows = 0;
  let x = 0;
  for (const k of spec.key ?? []) {
    const w = 26 + textWidth(k.label, 14) * BROWSER_FONT;
    if (rows === 0 || x + w > width) {
      rows += 1;
      x = 0;
    }
    x += w + 16;
  }
  return rows;
}

/** Height of the compact embed document in an iframe `frame` px wide (body padding 12 px; Tailwind's sizes). */
function layout(spec: ChartSpec, svgs: { wide: string; narrow: string | null }, frame: number): number {
  const content = frame - 24;
  const svg = frame <= 560 && svgs.narrow !== null ? svgs.narrow : svgs.wide;
  const drawing = svgHeight(svg) * Math.min(1, content / svgWidth(svg));
  const rows = keyRows(spec, content);
  const caption = lines(spec.title, content, 20, true) * 28 + lines(spec.subtitle ?? "", content, 14) * 20 + 8;
  const key = rows > 0 ? rows * 20 + (rows - 1) * 4 + 8 : 0;
  const source = 8 + lines(embedSourceLine(spec), content, 12) * 16;
  const footer = 8 + lines(embedFooter(), content, 12) * 16;
  return Math.ceil(12 + caption + key + drawing + source + 8 + 20 + footer + 12);
}

/** A straight piece of the height against the iframe width: height = a + b * width. */
export interface Piece {
  a: number;
  b: number;
}

/** The fallback heights at the two host widths and at the cap, and the two pieces through them. */
export interface EmbedHeights {
  phone: number;
  desktop: number;
  widest: number;
  pieces: [Piece, Piece];
  /** The height is the larger of the two pieces (true) or the smaller (false): exact at all three widths. */
  upper: boolean;
}

const cache = new Map<string, EmbedHeights>();

const piece = (x1: number, y1: number, x2: number, y2: number): Piece => {
  const b = (y2 - y1) / (x2 - x1);
  return { a: Math.round((y1 - b * x1) * 10) / 10, b: Math.round(b * 1e4) / 1e4 };
};

/** The embed's measured fallback heights (drawn once per chart). */
export function embedHeights(spec: ChartSpec): EmbedHeights {
  const id = `${spec.chart}/${spec.scope}`;
  const known = cache.get(id);
  if (known) return known;
  const svgs = {
    wide: renderPlot(spec.plot(WIDE)),
    narrow: spec.narrow === false ? null : renderPlot(spec.plot(NARROW)),
  };
  const [w1, w2] = HOST_WIDTHS.map((w) => w - 2 * HOST_MARGIN) as [number, number];
  const [phone, desktop, widest] = [w1, w2, EMBED_MAX_WIDTH].map((w) => layout(spec, svgs, w)) as [
    number,
    number,
    number,
  ];
  const pieces: [Piece, Piece] = [piece(w1, phone, w2, desktop), piece(w2, desktop, EMBED_MAX_WIDTH, widest)];
  const heights = { phone, desktop, widest, pieces, upper: pieces[0].b <= pieces[1].b };
  cache.set(id, heights);
  return heights;
}
