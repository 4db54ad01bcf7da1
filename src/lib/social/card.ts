/**
 * Social cards: 1200x630 PNGs drawn at build time with satori (layout and text to SVG paths) and resvg (SVG to
 * PNG). One generic card serves charts, councils, testimony, articles and the site; fonts are read once and
 * satori's options are reused, so a card costs a few tens of milliseconds.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import satori from "satori";
import { FONT_FAMILY, fontBuffers } from "./fonts.ts";
import { SITE_NAME } from "../site.ts";
import { cachedImageAsync, contentKey, packageVersion } from "./imageCache.ts";
import { palettePng, paletteKey, rasterise } from "./raster.ts";
import { textWidth, wrapText } from "../chart/textWidth.ts";

/** Card size in px (the Open Graph / Twitter large-image size). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** One row of a card's comparison: a value, what it is, and a bar on the card's shared scale. */
interface CardFigure {
  /** The number as printed ("11.9", "38–46"). */
  value: string;
  /** What it is ("Walsall", "England"). */
  label: string;
  /** Bar colour. */
  color: string;
  /** The bar runs from `from` (default 0) to `to`, on a scale from 0 to the card's `scaleMax`. */
  from?: number;
  to: number;
}

/** What a card says. Every field is plain text (satori draws it; nothing is parsed as HTML). */
export interface CardInput {
  /** Who or what it is about: a council's name, "England", "Practitioner testimony". */
  kicker: string;
  /** The key number, drawn big ("16.3", "38–45"). Long values (a short quote) are drawn smaller. */
  value?: string | undefined;
  /** What the number is ("Average caseload per children's social worker, 2025"). */
  label?: string | undefined;
  /** The chart's or page's title. */
  title: string;
  /** The source line ("Source: Department for Education, ..."). */
  source: string;
  /** A comparison drawn at thumbnail size, in place of the big value: a bar per figure on one scale. */
  figures?: readonly CardFigure[] | undefined;
  /** Top of the figures' shared scale. */
  scaleMax?: number | undefined;
  /** Smaller figure rows (value 36–44 px, one-line label, thinner bar), so five fit: a comparison of councils. */
  dense?: boolean | undefined;
  /** A line under the figures, with a colour swatch (the council's latest Ofsted grade). */
  note?: { text: string; color: string } | undefined;
  /** A picture of the chart (a PNG data URL and its size in px), drawn under the title. */
  image?: { src: string; width: number; height: number } | undefined;
}

/** Light-theme colours (the same values as the @theme tokens in theme.css). */
const INK = "#1c1c1c";
const MUTED = "#545454";
const ACCENT = "#5b2a86";
const RULE = "#d6d2ca";
const PAPER = "#ffffff";

/** A satori element: the same shape as a React element, written without JSX. */
interface Node {
  type: string;
  props: { style: Record<string, string | number>; children?: Children; src?: string; width?: number; height?: number };
}
type Children = (Node | string)[] | Node | string;

const el = (style: Record<string, string | number>, children: Children): Node => ({
  type: "div",
  props: { style: { display: "flex", ...style }, children },
});

/** Shorten text to at most `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  // Look one character further: if it is a space, the whole last word fits.
  const space = clean.slice(0, max).lastIndexOf(" ");
  const cut = space > max * 0.6 ? clean.slice(0, space) : clean.slice(0, max - 1);
  return `${cut.replace(/[\s,;:.–—-]+$/, "")}…`;
}

/** Card padding and the width text may use, in px. */
const PAD_X = 72;
const CONTENT_WIDTH = CARD_WIDTH - 2 * PAD_X;

/** A block of text laid out before drawing: its lines (each drawn on its own, so none rewraps), size and box. */
export interface TextBlock {
  lines: string[];
  size: number;
  bold: boolean;
  /** The width the lines must fit in. */
  width: number;
  lineHeight: number;
  color: string;
}

/**
 * Lay `text` out in at most `maxLines` lines of `width` px: the largest of `sizes` at which it fits; only if none
 * does, the smallest size with the last line cut at a word and an ellipsis (a long quote, never a name).
 */
function fitText(
  text: string,
  width: number,
  maxLines: number,
  sizes: readonly number[],
  style: { bold?: boolean; color?: string } = {},
): TextBlock {
  const bold = style.bold ?? false;
  const clean = text.replace(/\s+/g, " ").trim();
  const block = (lines: string[], size: number): TextBlock => ({
    lines,
    size,
    bold,
    width,
    lineHeight: Math.round(size * 1.2),
    color: style.color ?? INK,
  });
  for (const size of sizes) {
    const lines = wrapText(clean, width, size, bold);
    if (lines.length <= maxLines) return block(lines, size);
  }
  const size = sizes.at(-1) ?? 24;
  const lines = wrapText(clean, width, size, bold).slice(0, maxLines);
  let last = `${lines.pop() ?? ""}…`;
  while (textWidth(last, size, bold) > width && last.includes(" ")) last = `${last.slice(0, last.lastIndexOf(" "))}…`;
  return block([...lines, last], size);
}

/** Height of a laid-out block in px. */
const blockHeight = (b: TextBlock): number => b.lines.length * b.lineHeight;

const drawBlock = (b: TextBlock, extra: Record<string, string | number> = {}): Node =>
  el(
    { flexDirection: "column", fontSize: b.size, fontWeight: b.bold ? 700 : 400, color: b.color, ...extra },
    b.lines.map((l) => el({ whiteSpace: "pre", lineHeight: `${String(b.lineHeight)}px` }, l)),
  );
/** Vertical space inside the card's padding, in px (a 16 px colour band, 40 px padding above and 36 below). */
export const CARD_SPACE = CARD_HEIGHT - 16 - 40 - 36;
const GAP = 18;
const VALUE_WIDTH = 250;

/** A laid-out figure row: value, label and its bar. */
interface FigureRow {
  figure: CardFigure;
  value: TextBlock;
  label: TextBlock;
}

/** Everything a card draws, laid out, with the height it uses (tests check every line and the total). */
export interface CardLayout {
  kicker: TextBlock;
  middle: TextBlock[];
  figures: FigureRow[];
  note?: TextBlock | undefined;
  image?: { src: string; width: number; height: number } | undefined;
  source: TextBlock;
  height: number;
}

/** Figure rows' bar height, gap above and font sizes: the usual, and dense (CardInput.dense). */
const ROWS = {
  usual: { bar: 30, gap: GAP, values: [72, 60, 48, 40], labels: [28, 24, 20], labelLines: 2 },
  dense: { bar: 18, gap: 8, values: [44, 40, 36], labels: [26, 24, 22], labelLines: 1 },
};
const rowsOf = (input: Pick<CardInput, "dense">): (typeof ROWS)["usual"] => (input.dense ? ROWS.dense : ROWS.usual);

const rowHeight = (r: FigureRow, bar: number): number => Math.max(blockHeight(r.value), bar + 6 + blockHeight(r.label));

/** The text above the figures or picture: the big value (or quote), its label, then the title. */
function middleBlocks(input: CardInput): TextBlock[] {
  if (input.image) return [fitText(input.title, CONTENT_WIDTH, 2, [44, 40, 34, 30, 26], { bold: true })];
  if (input.figures) return input.label ? [fitText(input.label, CONTENT_WIDTH, 2, [36, 32, 28, 24])] : [];
  const out: TextBlock[] = [];
  if (input.value) {
    const short = input.value.length <= 14;
    out.push(
      short
        ? fitText(input.value, CONTENT_WIDTH, 1, [180, 160, 112], { bold: true })
        : fitText(input.value, CONTENT_WIDTH, 4, [56, 48, 42, 36, 30], { bold: true, color: ACCENT }),
    );
  }
  if (input.label) out.push(fitText(input.label, CONTENT_WIDTH, 2, [40, 34, 30, 26]));
  const lone = !input.value;
  const titleSizes = lone ? [60, 52, 44, 36] : [30, 26, 22];
  out.push(fitText(input.title, CONTENT_WIDTH, lone ? 4 : 2, titleSizes, { bold: lone, color: lone ? INK : MUTED }));
  return out;
}

/** A picture scaled to fit `width` x `height`, keeping its shape (a tall map is narrowed, never squashed). */
function fitPicture(
  image: NonNullable<CardInput["image"]>,
  width: number,
  height: number,
): NonNullable<CardInput["image"]> {
  const scale = Math.min(width / image.width, height / image.height);
  return { src: image.src, width: Math.round(image.width * scale), height: Math.round(image.height * scale) };
}

/** Lay a card out: every text block fitted to its width, and the picture given the height left over. */
export function cardLayout(input: CardInput): CardLayout {
  const kicker = fitText(input.kicker.toUpperCase(), CONTENT_WIDTH, 2, [30, 26, 22], { bold: true, color: ACCENT });
  const source = fitText(input.source, 820, 2, [22, 20, 18], { color: MUTED });
  const middle = middleBlocks(input);
  const rows = rowsOf(input);
  const figures = (input.figures ?? []).map((figure) => ({
    figure,
    value: fitText(figure.value, VALUE_WIDTH - 20, 1, rows.values, { bold: true }),
    label: fitText(figure.label, CONTENT_WIDTH - VALUE_WIDTH, rows.labelLines, rows.labels),
  }));
  const note = input.note ? fitText(input.note.text, CONTENT_WIDTH - 40, 2, [28, 24, 20]) : undefined;
  const footer = 2 + 16 + Math.max(blockHeight(source), 40);
  const text =
    blockHeight(kicker) +
    middle.reduce((sum, b) => sum + GAP + blockHeight(b), 0) +
    figures.reduce((sum, r) => sum + rows.gap + rowHeight(r, rows.bar), 0) +
    (note ? GAP + blockHeight(note) : 0);
  const left = CARD_SPACE - footer - GAP - text - GAP;
  const image = input.image ? fitPicture(input.image, CONTENT_WIDTH, left) : undefined;
  return {
    kicker,
    middle,
    figures,
    note,
    image,
    source,
    height: text + (image ? GAP + image.height : 0) + GAP + footer,
  };
}

/** A figure row: the value, then its bar on the shared scale with the label under it. */
function drawFigure(r: FigureRow, scaleMax: number, rows: (typeof ROWS)["usual"]): Node {
  const span = CONTENT_WIDTH - VALUE_WIDTH;
  const bar = rows.bar;
  const from = ((r.figure.from ?? 0) / scaleMax) * span;
  const width = Math.max(4, ((r.figure.to - (r.figure.from ?? 0)) / scaleMax) * span);
  return el({ marginTop: rows.gap, alignItems: "flex-start" }, [
    el({ width: VALUE_WIDTH, flexShrink: 0 }, [drawBlock(r.value)]),
    el({ flexDirection: "column", width: span }, [
      el({ height: bar, width: span, background: "#f4f2ee" }, [
        el({ marginLeft: Math.round(from), width: Math.round(width), height: bar, background: r.figure.color }, []),
      ]),
      drawBlock(r.label, { marginTop: 6 }),
    ]),
  ]);
}

/** The middle of the card: text blocks, figure rows, the note and the picture. */
function drawMiddle(input: CardInput, layout: CardLayout): Node[] {
  const out: Node[] = layout.middle.map((b) => drawBlock(b, { marginTop: GAP }));
  const max = input.scaleMax ?? Math.max(...(input.figures ?? []).map((f) => f.to), 1);
  out.push(...layout.figures.map((r) => drawFigure(r, max, rowsOf(input))));
  if (layout.note && input.note) {
    out.push(
      el({ marginTop: GAP, alignItems: "center" }, [
        el({ width: 24, height: 24, marginRight: 16, background: input.note.color, flexShrink: 0 }, []),
        drawBlock(layout.note),
      ]),
    );
  }
  if (layout.image) {
    const { src, width, height } = layout.image;
    const img: Node = { type: "img", props: { src, width, height, style: {} } };
    out.push(el({ marginTop: GAP, justifyContent: "center" }, [img]));
  }
  return out;
}

/** The card's element tree. */
function cardTree(input: CardInput): Node {
  const layout = cardLayout(input);
  const padding = `40px ${String(PAD_X)}px 36px ${String(PAD_X)}px`;
  const page = { width: CARD_WIDTH, height: CARD_HEIGHT, flexDirection: "column", background: PAPER, color: INK };
  return el({ ...page, fontFamily: FONT_FAMILY }, [
    el({ height: 16, flexShrink: 0, background: ACCENT }, []),
    el({ flexGrow: 1, flexDirection: "column", justifyContent: "space-between", padding }, [
      el({ flexDirection: "column" }, [drawBlock(layout.kicker), ...drawMiddle(input, layout)]),
      el({ borderTop: `2px solid ${RULE}`, paddingTop: 16, justifyContent: "space-between", alignItems: "flex-end" }, [
        drawBlock(layout.source),
        el({ fontSize: 32, fontWeight: 700, color: ACCENT }, SITE_NAME),
      ]),
    ]),
  ]);
}

let satoriFonts: Parameters<typeof satori>[1]["fonts"] | undefined;

/** Satori's font list, built once from the TTF bytes. */
function fonts(): Parameters<typeof satori>[1]["fonts"] {
  if (!satoriFonts) {
    const { regular, bold } = fontBuffers();
    satoriFonts = [
      { name: FONT_FAMILY, data: regular, weight: 400, style: "normal" },
      { name: FONT_FAMILY, data: bold, weight: 700, style: "normal" },
    ];
  }
  return satoriFonts;
}

/** The card as SVG (text already turned into paths by satori). */
export async function cardSvg(input: CardInput): Promise<string> {
  return satori(cardTree(input) as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: fonts(),
  });
}

let renderer: string | undefined;
/** What decides a card's bytes besides its input: this layout's source, the site name, satori, resvg and fonts. */
function rendererKey(): string {
  const { regular, bold } = fontBuffers();
  const source = (file: string): string => readFileSync(join(process.cwd(), "src/lib", file), "utf8");
  renderer ??= contentKey(
    source("social/card.ts"),
    source("chart/textWidth.ts"),
    SITE_NAME,
    packageVersion("satori"),
    packageVersion("@resvg/resvg-js"),
    regular,
    bold,
    paletteKey(),
  );
  return renderer;
}

/** A 1200x630 PNG social card, kept in the content-hash image cache (imageCache.ts) between builds. */
export async function socialCard(input: CardInput): Promise<Buffer> {
  return cachedImageAsync("card", contentKey(rendererKey(), JSON.stringify(input)), async () => {
    const svg = await cardSvg(input);
    // Satori has already drawn the text as paths, so resvg needs no fonts at all.
    return palettePng(await rasterise(svg, { font: { loadSystemFonts: false }, fitTo: { mode: "original" } }));
  });
}
