/**
 * Text widths in the bundled Source Sans 3, as resvg draws them (the downloads and cards are rasterised with
 * these fonts only). Each character's advance is measured once with resvg's bounding box ("H<c>H" minus "HH"),
 * so laying out a line is a sum, not a render; kerning is ignored, which the 2% margin covers.
 */
import { escapeXml } from "../escape.ts";
import { Resvg } from "@resvg/resvg-js";
import { resvgFonts } from "../social/raster.ts";

const advances = new Map<string, number>();

/** Width in px of one line of text drawn by resvg at `size` px (bold or regular), measured from its ink box. */
export function inkWidth(text: string, size: number, bold = false): number {
  const weight = bold ? ' font-weight="700"' : "";
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="9000" height="${String(size * 3)}"><text x="0" y="${String(size * 2)}" font-size="${String(size)}"${weight} xml:space="preserve">${escapeXml(text)}</text></svg>`;
  return new Resvg(svg, { font: resvgFonts() }).getBBox()?.width ?? 0;
}

/** Advance of one character at 100 px. */
function advance(char: string, bold: boolean): number {
  const id = `${bold ? "b" : "r"}${char}`;
  let w = advances.get(id);
  if (w === undefined) {
    w = inkWidth(`H${char}H`, 100, bold) - inkWidth("HH", 100, bold);
    advances.set(id, w);
  }
  return w;
}

/** Estimated width in px of `text` at `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
  let sum = 0;
  for (const char of text) sum += advance(char, bold);
  return (sum * size * 1.02) / 100;
}

/** Greedy word wrap to lines no wider than `width` px. */
export function wrapWords(text: string, width: number, measure: (line: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const next = line === "" ? word : `${line} ${word}`;
    if (line !== "" && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Lines of at most `width` px in Source Sans 3 at `size` (a word longer than the width gets a line of its own). */
export const wrapText = (text: string, width: number, size: number, bold = false): string[] =>
  wrapWords(text, width, (line) => textWidth(line, size, bold));
