/**
 * A chart as a file that travels alone (SVG download, PNG download): title, subtitle, the drawing, source,
 * licence and data release, with the theme's colour tokens replaced by their light-mode values, because a
 * file outside the page has no CSS variables (and resvg does not read them).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ChartSpec } from "./types.ts";
import { renderSpec, WIDE } from "./render.ts";
import { DATA_RELEASE, LICENCES, SITE_NAME } from "../site.ts";

let tokens: Map<string, string> | undefined;

/** Light-mode colour tokens from the @theme block of global.css: "--color-council" -> "#5b2a86". */
function themeColours(): Map<string, string> {
  if (tokens) return tokens;
  const css = readFileSync(join(process.cwd(), "src/styles/global.css"), "utf8");
  const theme = /@theme\s*\{([^}]*)\}/.exec(css)?.[1] ?? "";
  tokens = new Map([...theme.matchAll(/(--color-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1] ?? "", (m[2] ?? "").trim()]));
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

const escapeXml = (s: string): string =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** Wrap text to lines of at most `max` characters. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line !== "" && line.length + word.length + 1 > max) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** The standalone SVG document of a chart. */
export function standaloneSvg(spec: ChartSpec, width = WIDE): string {
  const inner = renderSpec(spec, width, { label: spec.title });
  const plotHeight = Number(/height="(\d+(?:\.\d+)?)"/.exec(inner)?.[1] ?? "400");
  const titleLines = wrap(spec.title, Math.floor(width / 11));
  const head = titleLines.length * 26 + (spec.subtitle ? 22 : 0) + 16;
  const licences = [...new Set(spec.sources.map((s) => LICENCES[s.licence].name))].join("; ");
  const foot = wrap(
    `Source: ${spec.sources.map((s) => s.name).join("; ")}. ${licences}. ${SITE_NAME}, data release ${DATA_RELEASE}.`,
    Math.floor(width / 6.5),
  );
  const height = Math.ceil(head + plotHeight + 16 + foot.length * 16 + 8);
  const pad = 16;
  const title = titleLines
    .map((l, i) => `<text x="0" y="${String(22 + i * 26)}" font-size="20" font-weight="700">${escapeXml(l)}</text>`)
    .join("");
  const subtitle = spec.subtitle
    ? `<text x="0" y="${String(titleLines.length * 26 + 14)}" font-size="14" fill="#545454">${escapeXml(spec.subtitle)}</text>`
    : "";
  const footer = foot
    .map(
      (l, i) =>
        `<text x="0" y="${String(head + plotHeight + 28 + i * 16)}" font-size="11" fill="#545454">${escapeXml(l)}</text>`,
    )
    .join("");
  const body = inner.replace(/^<svg/, `<svg x="0" y="${String(head)}"`);
  return resolveColours(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${String(width + 2 * pad)}" height="${String(height + 2 * pad)}" viewBox="${String(-pad)} ${String(-pad)} ${String(width + 2 * pad)} ${String(height + 2 * pad)}" font-family="Arial, Helvetica, sans-serif" fill="currentColor" role="img" aria-label="${escapeXml(spec.title)}">` +
      `<rect x="${String(-pad)}" y="${String(-pad)}" width="100%" height="100%" fill="#ffffff"/>${title}${subtitle}${body}${footer}</svg>`,
  );
}
