/** SVG to PNG with resvg, using only the bundled Source Sans 3 files (no system fonts, same output anywhere). */
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { FONT_FAMILY, fontFiles } from "./fonts.ts";

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

/** Rasterise an SVG document; `scale` 2 gives a sharp image on high-density screens. */
export function svgToPng(svg: string, scale = 1): Buffer {
  const resvg = new Resvg(svg, {
    font: fonts(),
    fitTo: scale === 1 ? { mode: "original" } : { mode: "zoom", value: scale },
    background: "#ffffff",
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}

/** A PNG response for a static route (the body copied into a fresh ArrayBuffer, as Response wants). */
export function pngResponse(png: Buffer): Response {
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
}
