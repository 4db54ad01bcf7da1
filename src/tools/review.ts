/**
 * `npm run review` (needs a build): a contact sheet to look at before every release. One chart of every kind
 * (the registry's first of each) on its share page at 375 and 1280 px, light, dark and printed; every kind of
 * social card; the PNG download of every kind. Shots go to reports/review/shots/, and each section is stitched
 * into one PNG (reports/review/<section>.png) by screenshotting a generated HTML sheet in Chromium.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium, serveDir } from "../test/browser/harness.ts";
import { allCharts } from "../charts/registry.ts";
import { cardPath, figureId, pngPath, sharePath } from "../lib/chart/paths.ts";
import type { ChartSpec } from "../lib/chart/types.ts";
import { councilCardPath, SITE_CARD, testimonyCardPath } from "../lib/social/cards.ts";
import { allTestimony } from "../lib/data/reported.ts";

const OUT = join(process.cwd(), "reports/review");
const SHOTS = join(OUT, "shots");
const MODES = ["light", "dark", "print"] as const;
type Mode = (typeof MODES)[number];

const kinds = new Map<string, ChartSpec>();
for (const spec of allCharts()) if (!kinds.has(spec.chart)) kinds.set(spec.chart, spec);

/** Screenshot one chart's figure on its share page; returns the shot's file name. */
async function chartShot(
  browser: Browser,
  origin: string,
  spec: ChartSpec,
  width: number,
  mode: Mode,
): Promise<string> {
  const page = await browser.newPage({
    viewport: { width, height: 900 },
    colorScheme: mode === "dark" ? "dark" : "light",
  });
  if (mode === "print") await page.emulateMedia({ media: "print", colorScheme: "dark" });
  await page.goto(origin + sharePath(spec), { waitUntil: "load" });
  const name = `${spec.chart}-${String(width)}-${mode}.png`;
  const figure = page.locator(`#${figureId(spec)}`);
  await (mode === "print"
    ? page.screenshot({ path: join(SHOTS, name), fullPage: true })
    : figure.screenshot({ path: join(SHOTS, name) }));
  await page.close();
  return name;
}

/** An HTML sheet of labelled images, `columns` to a row. */
const sheet = (title: string, items: { label: string; src: string }[], columns: number): string =>
  `<!doctype html><meta charset="utf-8"><title>${title}</title><style>body{font:13px sans-serif;margin:12px;background:#ddd}` +
  `main{display:grid;grid-template-columns:repeat(${String(columns)},1fr);gap:12px}figure{margin:0;background:#fff;padding:6px}` +
  `img{max-width:100%;border:1px solid #999}figcaption{font-weight:bold;margin-bottom:4px}</style><h1>${title}</h1><main>` +
  items.map((i) => `<figure><figcaption>${i.label}</figcaption><img src="${i.src}"></figure>`).join("") +
  `</main>`;

/** Write a sheet and stitch it into one PNG through Chromium. */
async function stitch(browser: Browser, origin: string, name: string, html: string, width: number): Promise<void> {
  writeFileSync(join(OUT, `${name}.html`), html);
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${origin}/${name}.html`, { waitUntil: "load" });
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
  await page.close();
  console.log(join(OUT, `${name}.png`));
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(SHOTS, { recursive: true });
const site = await serveDir(join(process.cwd(), "dist"));
const browser = await launchChromium();
const reports = await serveDir(OUT);
for (const width of [375, 1280]) {
  const items: { label: string; src: string }[] = [];
  for (const spec of kinds.values())
    for (const mode of MODES) {
      const shot = await chartShot(browser, site.origin, spec, width, mode);
      items.push({ label: `${spec.chart} · ${String(width)} · ${mode}`, src: `shots/${shot}` });
    }
  const title = `Every chart kind at ${String(width)} px: light, dark, print`;
  await stitch(browser, reports.origin, `charts-${String(width)}`, sheet(title, items, 3), width === 375 ? 1300 : 2400);
}
const articleCards = readdirSync(join(process.cwd(), "dist/og/articles")).slice(0, 1);
const cards = [
  { label: "site", src: site.origin + SITE_CARD },
  { label: "council: walsall", src: site.origin + councilCardPath("walsall") },
  { label: "council: kingston-upon-thames", src: site.origin + councilCardPath("kingston-upon-thames") },
  ...articleCards.map((f) => ({ label: `article: ${f}`, src: `${site.origin}/og/articles/${f}` })),
  ...allTestimony()
    .slice(0, 2)
    .map((t) => ({ label: `testimony: ${t.id}`, src: site.origin + testimonyCardPath(t.id) })),
  ...[...kinds.values()].map((s) => ({ label: `chart: ${s.chart}/${s.scope}`, src: site.origin + cardPath(s) })),
];
await stitch(browser, reports.origin, "cards", sheet("Every card kind", cards, 3), 1800);
const downloads = [...kinds.values()].map((s) => ({ label: `${s.chart}/${s.scope}`, src: site.origin + pngPath(s) }));
await stitch(browser, reports.origin, "downloads", sheet("The PNG download of every kind", downloads, 3), 2000);
await browser.close();
await reports.close();
await site.close();
