/**
 * How wide a label is drawn, so a chart's margins fit its longest label at the page's real 13 px font rather than
 * Plot's 10 px default. The widths are DejaVu Sans's advances (thousandths of an em), the widest common system
 * sans-serif and the one Linux browsers (and the browser check) draw `system-ui` with; on phones' own fonts
 * (San Francisco, Roboto) the same text is narrower, so a margin laid out with these widths fits everywhere.
 */
import { wrapWords } from "../lib/chart/textWidth.ts";

/** Advances of the printable ASCII characters, space (32) to tilde (126). */
const ASCII = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636,
  636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863,
  748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635,
  615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636,
  337, 636, 838,
];
/** A few common non-ASCII characters; anything else counts as a wide letter. */
const OTHER: Record<string, number> = {
  "–": 500,
  "—": 1000,
  "…": 1000,
  "’": 318,
  "‘": 318,
  "“": 518,
  "”": 518,
  "·": 318,
};
const WIDE_LETTER = 800;

/** The chart text size on pages (render.ts sets 13 px on every SVG). */
export const FONT_PX = 13;

/** Width in px of `text` at `fontSize` px (bold about 10% wider). */
export function textWidth(text: string, fontSize = FONT_PX, bold = false): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    em += code >= 32 && code < 127 ? (ASCII[code - 32] ?? WIDE_LETTER) : (OTHER[ch] ?? WIDE_LETTER);
  }
  return (em / 1000) * fontSize * (bold ? 1.1 : 1);
}

/** The widest of `labels` in px, for a margin (0 for none). */
export const widestLabel = (labels: readonly string[], fontSize = FONT_PX, bold = false): number =>
  Math.max(0, ...labels.map((l) => textWidth(l, fontSize, bold)));

/** `text` broken at spaces into lines no wider than `maxPx` (a word wider than that keeps its own line). */
export const wrapText = (text: string, maxPx: number, fontSize = FONT_PX): string[] =>
  wrapWords(text, maxPx, (line) => textWidth(line, fontSize));

/**
 * Vertical nudges (px, down positive) that keep end-of-line labels at least `gap` px apart: `ys` are the labels'
 * natural positions in px from the top, in any order; the result is in the same order.
 */
export function dodge(ys: readonly number[], gap = FONT_PX + 2): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed: number[] = [];
  for (const { y } of order) {
    const prev = placed.at(-1);
    placed.push(prev === undefined ? y : Math.max(y, prev + gap));
  }
  const out = ys.map(() => 0);
  order.forEach(({ y, i }, k) => (out[i] = (placed[k] ?? y) - y));
  return out;
}
