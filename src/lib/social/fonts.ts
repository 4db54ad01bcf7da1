/**
 * The card and PNG fonts: Source Sans 3 from the installed npm package, read once per process. Both satori
 * and resvg are given these files only (never system fonts), so a card looks the same on every machine.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const DIR = "node_modules/@expo-google-fonts/source-sans-3";

/** The family name both font files declare. */
export const FONT_FAMILY = "Source Sans 3";

/** Absolute paths of the regular and bold TTF files. */
export const fontFiles = (): { regular: string; bold: string } => ({
  regular: join(process.cwd(), DIR, "400Regular/SourceSans3_400Regular.ttf"),
  bold: join(process.cwd(), DIR, "700Bold/SourceSans3_700Bold.ttf"),
});

let buffers: { regular: Buffer; bold: Buffer } | undefined;

/** The TTF bytes, read once. */
export function fontBuffers(): { regular: Buffer; bold: Buffer } {
  if (!buffers) {
    const files = fontFiles();
    buffers = { regular: readFileSync(files.regular), bold: readFileSync(files.bold) };
  }
  return buffers;
}
