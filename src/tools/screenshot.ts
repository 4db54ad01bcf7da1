/**
 * Screenshots of built pages for review: `npm run screenshot -- /councils/walsall/ /map/` writes
 * reports/screenshots/<name>-<width>.png at 1280 and 375 px wide; with `--dark`, <name>-<width>-dark.png in the
 * dark colour scheme.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchChromium, serveDir } from "../test/browser/harness.ts";

const dark = process.argv.includes("--dark");
const paths = process.argv.slice(2).filter((a) => a !== "--dark");
const out = join(process.cwd(), "reports/screenshots");
mkdirSync(out, { recursive: true });
const server = await serveDir(join(process.cwd(), "dist"));
const browser = await launchChromium();
for (const path of paths.length > 0 ? paths : ["/"]) {
  for (const width of [1280, 375]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: dark ? "dark" : "light" });
    await page.goto(server.origin + path, { waitUntil: "load" });
    const name = path.replaceAll("/", "_").replace(/^_|_$/g, "") || "home";
    const file = join(out, `${name}-${String(width)}${dark ? "-dark" : ""}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
}
await browser.close();
await server.close();
