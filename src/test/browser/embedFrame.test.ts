/**
 * The compact embed as a reader sees it inside a newsroom's light article: it stays light when the reader's
 * system is dark (dark only on request: ?theme=dark, or ?theme=auto with a dark system), and without the
 * listener script the snippet's measured height is within a few px of the embed's real height, at 375 and 640
 * px wide, for one chart of every kind.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Frame, Page } from "playwright-core";
import { embedFrameHeights, launchChromium, serveDir, type Served } from "./harness.ts";
import { allCharts } from "../../charts/registry.ts";
import { embedPath } from "../../lib/chart/paths.ts";
import type { ChartSpec } from "../../lib/chart/types.ts";
import { embedSnippet, HOST_MARGIN, type EmbedTheme } from "../../lib/embed.ts";
import { embedHeights, HOST_WIDTHS } from "../../lib/embedSize.ts";

const DIST = join(process.cwd(), "dist");
/**
 * The measured fallback may be short of the real height by at most 4 px (nothing of the embed is cut off) and
 * over it by at most one heading line (28 px: the estimate takes the widest font ratio, so where a line fits
 * only just, it may count one line more than Chromium draws).
 */
const SHORT_BY = 4;
const OVER_BY = 28;

const kinds = new Map<string, ChartSpec>();
for (const spec of allCharts()) if (!kinds.has(spec.chart)) kinds.set(spec.chart, spec);
const samples = [...kinds.values()];
const first = samples[0];
if (!first) throw new Error("the registry has no charts");

let browser: Browser;
let site: Served;
let host: Served;

/** A light newsroom article holding one snippet, with the page margin the measured height assumes. */
const article = (body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story</title>` +
  `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light">` +
  `<style>body{margin:0 ${String(HOST_MARGIN)}px;background:#fff;color:#111}</style></head>` +
  `<body><p>Newsroom copy.</p>${body}<p>After.</p></body></html>`;
const iframeOnly = (html: string): string => html.replace(/<script[^>]*><\/script>$/, "");

beforeAll(async () => {
  if (!existsSync(join(DIST, embedPath(first).slice(1), "index.html"))) throw new Error("dist/ is missing");
  site = await serveDir(DIST);
  const dir = mkdtempSync(join(tmpdir(), "cc-frame-"));
  for (const theme of ["light", "auto", "dark"] as const)
    writeFileSync(join(dir, `theme-${theme}.html`), article(embedSnippet(first, site.origin, { theme })));
  for (const spec of samples) {
    const snippet = embedSnippet(spec, site.origin, { heights: embedHeights(spec) });
    writeFileSync(join(dir, `${spec.chart}.html`), article(iframeOnly(snippet)));
  }
  host = await serveDir(dir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  await host.close();
  await site.close();
});

/** Background and text colour of the embedded document once its script has run. */
async function embedColours(p: Page): Promise<{ background: string; color: string }> {
  const isEmbed = (f: Frame): boolean => f.url().startsWith(`${site.origin}/embed/`);
  await expect.poll(() => p.frames().some(isEmbed), { timeout: 10_000 }).toBe(true);
  const frame = p.frames().find(isEmbed);
  if (!frame) throw new Error("no embed frame");
  await frame.waitForLoadState("load");
  await p.waitForTimeout(200);
  return frame.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { background: style.backgroundColor, color: style.color };
  });
}

describe("embed theme", () => {
  const cases: { theme: EmbedTheme; scheme: "light" | "dark"; dark: boolean }[] = [
    { theme: "light", scheme: "dark", dark: false },
    { theme: "auto", scheme: "dark", dark: true },
    { theme: "auto", scheme: "light", dark: false },
    { theme: "dark", scheme: "light", dark: true },
  ];
  it.each(cases)("theme $theme with the system $scheme is dark: $dark", async ({ theme, scheme, dark }) => {
    const context = await browser.newContext({ viewport: { width: 640, height: 900 }, colorScheme: scheme });
    const p = await context.newPage();
    await p.goto(`${host.origin}/theme-${theme}.html`, { waitUntil: "load" });
    const { background, color } = await embedColours(p);
    expect({ background, color }).toEqual(
      dark
        ? { background: "rgb(22, 22, 26)", color: "rgb(236, 236, 236)" }
        : { background: "rgb(255, 255, 255)", color: "rgb(28, 28, 28)" },
    );
    await context.close();
  });

  it("without JavaScript, theme=dark still gives a light embed", async () => {
    const context = await browser.newContext({
      viewport: { width: 640, height: 900 },
      colorScheme: "dark",
      javaScriptEnabled: false,
    });
    const p = await context.newPage();
    await p.goto(`${host.origin}/theme-dark.html`, { waitUntil: "load" });
    // The page's own scripts are off; Playwright's evaluation still reads computed styles.
    expect(await embedColours(p)).toEqual({ background: "rgb(255, 255, 255)", color: "rgb(28, 28, 28)" });
    await context.close();
  });
});

describe("measured fallback height, without the listener script", () => {
  const cases = samples.flatMap((spec) =>
    HOST_WIDTHS.map((width) => ({ id: `${spec.chart} at ${String(width)}`, spec, width })),
  );
  it.each(cases)("$id", async ({ spec, width }) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const p = await context.newPage();
    const { iframe, real } = await embedFrameHeights(
      p,
      `${host.origin}/${spec.chart}.html`,
      site.origin + embedPath(spec),
    );
    console.log(
      `${spec.chart} at ${String(width)}: fallback ${String(Math.round(iframe))}, real ${String(Math.round(real))}`,
    );
    expect(iframe - real).toBeGreaterThanOrEqual(-SHORT_BY);
    expect(iframe - real).toBeLessThanOrEqual(OVER_BY);
    await context.close();
  });
});
