/**
 * A chart as a file that travels alone (SVG download, PNG download): title, subtitle, the drawing, source,
 * licence and data release, with the theme's colour tokens replaced by their light-mode values, because a
 * file outside the page has no CSS variables (and resvg does not read them).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ChartSpec, KeyItem } from "./types.ts";
import { textWidth, wrapText } from "./textWidth.ts";
import { renderSpec, svgHeight, WIDE } from "./render.ts";
import { DATA_RELEASE, LICENCES, SITE_NAME } from "../site.ts";
import { escapeXml } from "../escape.ts";

let tokens: Map<string, string> | undefined;

/** Light-mode colour tokens from the @theme block of theme.css: "--color-council" -> "#5b2a86". */
function themeColours(): Map<string, string> {
  if (tokens) return tokens;
  const css = readFileSync(join(process.cwd(), "src/styles/theme.css"), "utf8");
  const theme = /@theme(?:\s+static)?\s*\{([^}]*)\}/.exec(css)?.[1] ?? "";
  tokens = new Map([...theme.matchAll(/(--color-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1] ?? "", (m[2] ?? "").trim()]));
  if (tokens.size === 0) throw new Error("src/styles/theme.css: no @theme colour tokens found");
  return tokens;
}

/** Replace every var(--color-…) with its light-mode value; currentColor becomes the ink colour. */
export function resolveColours(svg: string): string {
  const colours = themeColours();
  const ink = colours.get("--color-ink") ?? "#1c1c1c";
  return svg
    .replaceAll(/var\((--color-[\w-]+)\)/g, (_, name: string) => colours.get(name) ?? ink)
    .replaceAll("currentColor", ink);
}

/**
 * Lines are laid out in Source Sans 3 (what resvg draws the PNG with) but kept 12% short of the width, so the
 * SVG still fits where a viewer substitutes the wider Arial.
 */
const FIT = 0.88;
const MUTED = "#545454";

interface Block {
  svg: string;
  height: number;
}

/** Lines of text from `y`, each `lead` px below the last. */
function textBlock(lines: readonly string[], y: number, size: number, lead: number, extra: string): Block {
  const svg = lines
    .map(
      (l, i) =>
        `<text x="0" y="${String(y + size + i * lead)}" font-size="${String(size)}"${extra}>${escapeXml(l)}</text>`,
    )
    .join("");
  return { svg, height: lines.length * lead };
}

/** A swatch 20 px wide centred on `cy`, drawn as SVG (a file has no CSS backgrounds). */
function swatch(k: KeyItem, x: number, cy: number): string {
  const mix = /^color-mix\(in srgb,\s*(.+?)\s+(\d+)%,\s*transparent\)$/.exec(k.color);
  const colour = mix?.[1] ?? k.color;
  const opacity = mix ? ` fill-opacity="${String(Number(mix[2]) / 100)}"` : "";
  const line = (dash: string) =>
    `<line x1="${String(x)}" x2="${String(x + 20)}" y1="${String(cy)}" y2="${String(cy)}" stroke="${colour}" stroke-width="3"${dash}/>`;
  if (k.shape === "line") return line("");
  if (k.shape === "dash") return line(' stroke-dasharray="5 3"');
  if (k.shape === "bar")
    return `<rect x="${String(x + 2)}" y="${String(cy - 6)}" width="16" height="12" fill="${colour}"${opacity}/>`;
  if (k.shape === "diamond")
    return `<rect x="${String(x + 6)}" y="${String(cy - 4)}" width="8" height="8" fill="${colour}" transform="rotate(45 ${String(x + 10)} ${String(cy)})"/>`;
  return `<circle cx="${String(x + 10)}" cy="${String(cy)}" r="5" fill="${colour}"${opacity}/>`;
}

const KEY_SIZE = 13;
const KEY_LEAD = 20;

/**
 * The key as swatches and labels, wrapping onto a new line when the next item would pass `width`; also drawn above
 * the chart on its social card, so a card's lines are named too.
 */
export function keyBlock(key: readonly KeyItem[], y: number, width: number): Block {
  if (key.length === 0) return { svg: "", height: 0 };
  let x = 0;
  let row = 0;
  const parts: string[] = [];
  for (const k of key) {
    const w = 26 + textWidth(k.label, KEY_SIZE);
    if (x > 0 && x + w > width * FIT) {
      x = 0;
      row += 1;
    }
    const cy = y + row * KEY_LEAD + 10;
    parts.push(
      `<g>${swatch(k, x, cy)}<text x="${String(x + 26)}" y="${String(cy + 4.5)}" font-size="${String(KEY_SIZE)}">${escapeXml(k.label)}</text></g>`,
    );
    x += w + 18;
  }
  return { svg: `<g aria-label="Key">${parts.join("")}</g>`, height: (row + 1) * KEY_LEAD + 6 };
}

/** The source, licence and release line under the drawing. */
function sourceLine(spec: ChartSpec): string {
  const licences = [...new Set(spec.sources.map((s) => LICENCES[s.licence].name))].join("; ");
  return `Source: ${spec.sources.map((s) => s.name).join("; ")}. ${licences}. ${SITE_NAME}, data release ${DATA_RELEASE}.`;
}

/**
 * The standalone SVG document of a chart: title and subtitle wrapped to the width, the key, the drawing, the
 * source line.
 */
export function standaloneSvg(spec: ChartSpec, width = WIDE): string {
  const inner = renderSpec(spec, width, { label: spec.title });
  const plotHeight = svgHeight(inner);
  const title = textBlock(wrapText(spec.title, width * FIT, 20, true), 0, 20, 26, ' font-weight="700"');
  const subtitle = textBlock(wrapText(spec.subtitle ?? "", width * FIT, 14), title.height, 14, 19, ` fill="${MUTED}"`);
  const keyTop = title.height + subtitle.height + 10;
  const key = keyBlock(spec.key ?? [], keyTop, width);
  const head = keyTop + key.height + 6;
  const foot = textBlock(
    wrapText(sourceLine(spec), width * FIT, 11),
    head + plotHeight + 14,
    11,
    16,
    ` fill="${MUTED}"`,
  );
  const height = Math.ceil(head + plotHeight + 14 + foot.height + 6);
  const pad = 16;
  const [w, h] = [String(width + 2 * pad), String(height + 2 * pad)];
  const body = inner.replace(/^<svg/, `<svg x="0" y="${String(head)}"`);
  return resolveColours(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="${String(-pad)} ${String(-pad)} ${w} ${h}" font-family="'Source Sans 3', Arial, Helvetica, sans-serif" fill="currentColor" role="img" aria-label="${escapeXml(spec.title)}">` +
      `<rect x="${String(-pad)}" y="${String(-pad)}" width="100%" height="100%" fill="#ffffff"/>${title.svg}${subtitle.svg}${key.svg}${body}${foot.svg}</svg>`,
  );
}
