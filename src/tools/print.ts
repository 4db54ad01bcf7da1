/**
 * Print check: `npm run print-check [-- /path/ …]` prints built pages to PDF in Debian's Chromium with the reader's
 * system in dark mode (the case that once gave pale grey on white), then turns each PDF page into a PNG with
 * poppler's pdftoppm (apt-get install poppler-utils) so the printed pages can be looked at. Writes
 * reports/print/<name>.pdf and reports/print/<name>-<page>.png. Defaults: a council page, an article and the map.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { launchChromium, serveDir } from "../test/browser/harness.ts";

const DEFAULTS = ["/councils/walsall/", "/articles/walsall-caseloads-fell-and-rise-to-good/", "/map/"];
const paths = process.argv.slice(2);
const out = join(process.cwd(), "reports/print");
mkdirSync(out, { recursive: true });
const server = await serveDir(join(process.cwd(), "dist"));
const browser = await launchChromium();
for (const path of paths.length > 0 ? paths : DEFAULTS) {
  const page = await browser.newPage({ colorScheme: "dark" });
  await page.goto(server.origin + path, { waitUntil: "load" });
  const name = path.replaceAll("/", "_").replace(/^_|_$/g, "") || "home";
  const pdf = join(out, `${name}.pdf`);
  await page.pdf({ path: pdf, format: "A4", margin: { top: "15mm", bottom: "15mm", left: "15mm", right: "15mm" } });
  await page.close();
  // 60 dpi is enough to see swatches, ink and page breaks; a previous run's pages go first.
  for (const f of readdirSync(out)) if (f.startsWith(`${name}-`) && f.endsWith(".png")) rmSync(join(out, f));
  execFileSync("pdftoppm", ["-png", "-r", "60", pdf, join(out, name)]);
  console.log(pdf);
}
await browser.close();
await server.close();
