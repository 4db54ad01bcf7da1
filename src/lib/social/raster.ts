/** SVG to PNG with resvg, using only the bundled Source Sans 3 files (no system fonts, same output anywhere). */
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { FONT_FAMILY, fontBuffers, fontFiles } from "./fonts.ts";
import { cachedImage, contentKey, packageVersion } from "./imageCache.ts";

type FontOptions = NonNullable<ResvgRenderOptions["font"]>;
let fontOptions: FontOptions | undefined;

/** resvg's font options, built once. Every family the SVGs name (Arial, system-ui, sans-serif) maps to ours. */
function fonts(): FontOptions {
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
 * Rasterise an SVG document; `scale` 2 gives a sharp image on high-density screens. The PNG is kept in the
 * content-hash image cache (see imageCache.ts), so an unchanged chart is not rasterised again by the next build.
 */
export function svgToPng(svg: string, scale = 1): Buffer {
  return cachedImage("svg-png", contentKey(rendererKey(), String(scale), svg), () =>
    new Resvg(svg, {
      ...RENDER,
      font: fonts(),
      fitTo: scale === 1 ? { mode: "original" } : { mode: "zoom", value: scale },
    })
      .render()
      .asPng(),
  );
}

/** A PNG response for a static route (the body copied into a fresh ArrayBuffer, as Response wants). */
export function pngResponse(png: Buffer): Response {
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
}
