/**
 * Social cards: 1200x630 PNGs drawn at build time with satori (layout and text to SVG paths) and resvg (SVG to
 * PNG). One generic card serves charts, councils, testimony, articles and the site; fonts are read once and
 * satori's options are reused, so a card costs a few tens of milliseconds.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import satori from "satori";
import { Resvg } from "@resvg/resvg-js";
import { FONT_FAMILY, fontBuffers } from "./fonts.ts";
import { SITE_NAME } from "../site.ts";
import { cachedImageAsync, contentKey, packageVersion } from "./imageCache.ts";
import { palettePng, paletteKey } from "./raster.ts";

/** Card size in px (the Open Graph / Twitter large-image size). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card says. Every field is plain text (satori draws it; nothing is parsed as HTML). */
export interface CardInput {
  /** Who or what it is about: a council's name, "England", "Practitioner testimony". */
  kicker: string;
  /** The key number, drawn big ("16.3", "38–45"). Long values (a short quote) are drawn smaller. */
  value?: string | undefined;
  /** What the number is ("Average caseload per social worker, 2025"). */
  label?: string | undefined;
  /** The chart's or page's title. */
  title: string;
  /** The source line ("Source: Department for Education, ..."). */
  source: string;
}

/** Light-theme colours (the same values as the @theme tokens in global.css). */
const INK = "#1c1c1c";
const MUTED = "#545454";
const ACCENT = "#5b2a86";
const RULE = "#d6d2ca";
const PAPER = "#ffffff";

/** A satori element: the same shape as a React element, written without JSX. */
interface Node {
  type: string;
  props: { style: Record<string, string | number>; children: Children };
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

/** Font size of the value: huge for a number, smaller as it grows (a range, a word, a quote). */
function valueSize(value: string): number {
  if (value.length <= 5) return 180;
  if (value.length <= 8) return 160;
  if (value.length <= 14) return 112;
  if (value.length <= 60) return 60;
  return 46;
}

/** The card's element tree. */
function cardTree(input: CardInput): Node {
  const value = input.value ? clip(input.value, 150) : "";
  const size = value ? valueSize(value) : 0;
  const short = size >= 112;
  const middle: Node[] = [];
  if (value) {
    middle.push(
      el(
        {
          fontSize: size,
          fontWeight: 700,
          lineHeight: short ? 0.9 : 1.15,
          color: short ? INK : ACCENT,
          letterSpacing: short ? -4 : 0,
        },
        value,
      ),
    );
  }
  if (input.label) {
    middle.push(
      el(
        { display: "block", lineClamp: 2, fontSize: 40, lineHeight: 1.2, marginTop: short ? 22 : 18, color: INK },
        clip(input.label, 110),
      ),
    );
  }
  const titleSize = value ? 30 : 60;
  middle.push(
    el(
      {
        display: "block",
        lineClamp: value ? 2 : 4,
        fontSize: titleSize,
        fontWeight: value ? 400 : 700,
        lineHeight: 1.2,
        marginTop: value ? 20 : 0,
        color: value ? MUTED : INK,
      },
      clip(input.title, value ? 110 : 140),
    ),
  );

  return el(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      flexDirection: "column",
      background: PAPER,
      color: INK,
      fontFamily: FONT_FAMILY,
    },
    [
      el({ height: 16, flexShrink: 0, background: ACCENT }, []),
      el(
        {
          flexGrow: 1,
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "44px 72px 40px 72px",
        },
        [
          el(
            { fontSize: 30, fontWeight: 700, color: ACCENT, textTransform: "uppercase", letterSpacing: 1.5 },
            clip(input.kicker, 60),
          ),
          el({ flexDirection: "column", flexGrow: 1, flexShrink: 1, justifyContent: "center" }, middle),
          el(
            {
              borderTop: `2px solid ${RULE}`,
              paddingTop: 18,
              justifyContent: "space-between",
              alignItems: "flex-end",
            },
            [
              el({ fontSize: 22, color: MUTED, maxWidth: 820, lineHeight: 1.25 }, clip(input.source, 130)),
              el({ fontSize: 32, fontWeight: 700, color: ACCENT }, SITE_NAME),
            ],
          ),
        ],
      ),
    ],
  );
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
    return palettePng(
      new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: "original" } }).render().asPng(),
    );
  });
}
