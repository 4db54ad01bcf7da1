/** SVG to PNG with resvg, using only the bundled Source Sans 3 files (no system fonts, same output anywhere). */
import { renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";
import sharp from "sharp";
import { FONT_FAMILY, fontBuffers, fontFiles } from "./fonts.ts";
import { cachedImageAsync, contentKey, packageVersion } from "./imageCache.ts";

type FontOptions = NonNullable<ResvgRenderOptions["font"]>;
let fontOptions: FontOptions | undefined;

/** resvg's font options, built once. Every family the SVGs name (Arial, system-ui, sans-serif) maps to ours. */
export function resvgFonts(): FontOptions {
  if (!fontOptions) {
    const files = fontFiles();
    fontOptions = {
      loadSystemFonts: false,
      fontFiles: [files.regular, files.bold],
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
      serifFamily: FONT_FAMILY,
      monospaceFamily: FONT_FAMILY,
    };
  }
  return fontOptions;
}

/** Everything but the SVG and the scale that decides a PNG's bytes: resvg's options, version and fonts. */
const RENDER = { background: "#ffffff", shapeRendering: 2, textRendering: 1 } as const;
let renderer: string | undefined;
const rendererKey = (): string => {
  const { regular, bold } = fontBuffers();
  renderer ??= contentKey(JSON.stringify(RENDER), packageVersion("@resvg/resvg-js"), regular, bold);
  return renderer;
};

/**
 * resvg, uncached, on libuv's thread pool (renderAsync: parsing, fonts and drawing all run off the main thread, so
 * several images are rasterised at once while the main thread renders pages). Byte-identical to `Resvg#render`.
 */
export async function rasterise(svg: string, options: ResvgRenderOptions): Promise<Buffer> {
  return (await renderAsync(svg, options)).asPng();
}

/** resvg's options for a chart at `scale` (the PNG downloads and card pictures). */
export const chartOptions = (scale: number): ResvgRenderOptions => ({
  ...RENDER,
  font: resvgFonts(),
  fitTo: scale === 1 ? { mode: "original" } : { mode: "zoom", value: scale },
});

/**
 * Rasterise an SVG document; `scale` 2 gives a sharp image on high-density screens. The PNG is kept in the
 * content-hash image cache (see imageCache.ts), so an unchanged chart is not rasterised again by the next build.
 */
export function svgToPng(svg: string, scale = 1): Promise<Buffer> {
  return cachedImageAsync("svg-png", contentKey(rendererKey(), String(scale), svg), () =>
    rasterise(svg, chartOptions(scale)),
  );
}

/** The palette step: libimagequant (through sharp), 256 colours, no dithering, so flat chart colours stay flat. */
const PALETTE = { palette: true, colours: 256, effort: 3, compressionLevel: 9, dither: 0 } as const;
/** What decides the palette step's bytes besides its input. */
export const paletteKey = (): string => contentKey(JSON.stringify(PALETTE), packageVersion("sharp"));

/**
 * A PNG reduced to a 256-colour palette: the same picture, every pixel within the anti-aliased edges' shades, at
 * about a third of the bytes (a chart has a handful of colours and their blends).
 */
export async function palettePng(png: Buffer): Promise<Buffer> {
  return sharp(png).png(PALETTE).toBuffer();
}

/** `svgToPng`, then reduced to a palette (the chart downloads), cached as one image. */
export async function svgToPalettePng(svg: string, scale = 1): Promise<Buffer> {
  return cachedImageAsync("svg-palette-png", contentKey(rendererKey(), paletteKey(), String(scale), svg), async () =>
    palettePng(await rasterise(svg, chartOptions(scale))),
  );
}

/** A PNG response for a static route (the body copied into a fresh ArrayBuffer, as Response wants). */
export function pngResponse(png: Buffer): Response {
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
}
