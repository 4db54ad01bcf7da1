/**
 * The embed's fallback height, measured at build time from the compact embed's parts: the two SVG heights (the
 * phone drawing below 560 px, the wide one above, each scaled to the content width) and the lines of title,
 * subtitle, key and source text, wrapped with Source Sans 3 widths scaled up to a typical browser sans-serif.
 * It is laid out at the iframe widths a host page gives on a 375 px phone, a 640 px column (16 px margins
 * either side) and the snippet's 720 px cap, and the snippet's height runs along the lines through them.
 */
import type { ChartSpec, KeyItem } from "./chart/types.ts";
import { NARROW, renderSpec, svgHeight, svgWidth, WIDE } from "./chart/render.ts";
import { textWidth, wrapText } from "./chart/textWidth.ts";
import { EMBED_MAX_WIDTH, embedFooter, embedSourceLine, HOST_MARGIN } from "./embed.ts";

/**
 * Browser fonts against Source Sans 3, measured in Chromium on Debian: body text (system-ui, DejaVu Sans) is
 * 1.18–1.21 times as wide, the serif headings (Georgia, here Liberation Serif) bold 0.94–0.98 times. The
 * largest ratio of each is used, so a line never wraps later than estimated there.
 */
const BROWSER_FONT = 1.21;
const HEADING_FONT = 0.98;
/** Host viewport widths the fallback is laid out for. */
export const HOST_WIDTHS = [375, 640] as const;

const lines = (text: string, width: number, size: number, bold = false): number =>
  text === "" ? 0 : wrapText(text, width / (bold ? HEADING_FONT : BROWSER_FONT), size, bold).length;

/** Width of each key swatch in the HTML key (w-5 lines, w-4 bars, 2.5 dots and diamonds), in px. */
const SWATCH: Record<KeyItem["shape"], number> = { line: 20, dash: 20, bar: 16, dot: 10, diamond: 10 };

/**
 * Height of the HTML key: a flex row wrapping, 16 px between items and 4 px between rows, each item a swatch, a
 * 6 px gap and its label (20 px lines; a label wider than the row wraps inside its item).
 */
function keyHeight(spec: ChartSpec, width: number): number {
  const rows: number[] = [];
  let x = 0;
  for (const k of spec.key ?? []) {
    const swatch = SWATCH[k.shape] + 6;
    const w = swatch + textWidth(k.label, 14) * BROWSER_FONT;
    const tall = w > width ? lines(k.label, width - swatch, 14) * 20 : 20;
    if (rows.length === 0 || x + w > width) {
      rows.push(tall);
      x = 0;
    } else rows[rows.length - 1] = Math.max(rows.at(-1) ?? 0, tall);
    x += Math.min(w, width) + 16;
  }
  return rows.length === 0 ? 0 : rows.reduce((a, b) => a + b, 0) + (rows.length - 1) * 4 + 8;
}

/** What a compact embed shows above its disclosure, for measuring: text, and a drawing's height at a width. */
export interface EmbedParts {
  title: string;
  subtitle: string;
  /** The one source line. */
  source: string;
  /** The key's height at a content width (0 without a key). */
  key: (content: number) => number;
  /** The drawing's height at a content width. */
  drawing: (content: number) => number;
}

/** Height of the compact embed document in an iframe `frame` px wide (body padding 12 px; Tailwind's sizes). */
function layout(parts: EmbedParts, frame: number): number {
  const content = frame - 24;
  const caption = lines(parts.title, content, 20, true) * 28 + lines(parts.subtitle, content, 14) * 20 + 8;
  const source = 8 + lines(parts.source, content, 12) * 16;
  const footer = 8 + lines(embedFooter(), content, 12) * 16;
  return Math.ceil(12 + caption + parts.key(content) + parts.drawing(content) + source + 8 + 20 + footer + 12);
}

/** A straight piece of the height against the iframe width: height = a + b * width. */
interface Piece {
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

/** The fallback heights of any compact embed, laid out at the host widths and the cap. */
export function partsHeights(parts: EmbedParts): EmbedHeights {
  const [w1, w2] = HOST_WIDTHS.map((w) => w - 2 * HOST_MARGIN) as [number, number];
  const [phone, desktop, widest] = [w1, w2, EMBED_MAX_WIDTH].map((w) => layout(parts, w)) as [number, number, number];
  const pieces: [Piece, Piece] = [piece(w1, phone, w2, desktop), piece(w2, desktop, EMBED_MAX_WIDTH, widest)];
  return { phone, desktop, widest, pieces, upper: pieces[0].b <= pieces[1].b };
}

/** The embed's measured fallback heights (drawn once per chart). */
export function embedHeights(spec: ChartSpec): EmbedHeights {
  const id = `${spec.chart}/${spec.scope}`;
  const known = cache.get(id);
  if (known) return known;
  const svgs = {
    // The downloads' drawings (memoised per build): a drawing's height does not depend on its labels.
    wide: renderSpec(spec, WIDE, { label: spec.title }),
    narrow: spec.narrow === false ? null : renderSpec(spec, NARROW, { label: spec.title }),
  };
  const heights = partsHeights({
    title: spec.title,
    subtitle: spec.subtitle ?? "",
    source: embedSourceLine(spec),
    key: (content) => keyHeight(spec, content),
    drawing: (content) => {
      // The phone drawing below 560 px (the frame less its 24 px padding), the wide one above.
      const svg = content + 24 <= 560 && svgs.narrow !== null ? svgs.narrow : svgs.wide;
      return svgHeight(svg) * Math.min(1, content / svgWidth(svg));
    },
  });
  cache.set(id, heights);
  return heights;
}
