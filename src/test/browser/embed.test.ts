/**
 * The embed as a newsroom uses it: a page on another origin (a second server on another port of 127.0.0.1)
 * pastes the published snippet, built against the local site's origin. The iframe follows its content's height
 * as the viewport narrows from 1280 to 375 px; messages from the wrong origin, of the wrong shape or from a
 * window that is not one of the page's iframes change nothing; without the script the iframe keeps its
 * fallback height and title.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Frame, Page } from "playwright-core";
import { launchChromium, serveDir, type Served } from "./harness.ts";
import { allCharts } from "../../charts/registry.ts";
import { embedPath } from "../../lib/chart/paths.ts";
import { embedSnippet, FALLBACK_HEIGHT } from "../../lib/embed.ts";

const DIST = join(process.cwd(), "dist");
const spec = allCharts()[0];
if (!spec) throw new Error("the registry has no charts");
const path = embedPath(spec);

let browser: Browser;
let site: Served;
let host: Served;

const page = (title: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<meta name="viewport" content="width=device-width, initial-scale=1"></head>` +
  `<body><h1>${title}</h1><p>Some newsroom copy before the chart.</p>${body}<p>And after.</p></body></html>`;

beforeAll(async () => {
  if (!existsSync(join(DIST, path.slice(1), "index.html"))) throw new Error("dist/ is missing: run `npm run build`");
  site = await serveDir(DIST);
  const dir = mkdtempSync(join(tmpdir(), "cc-host-"));
  const snippet = embedSnippet(spec, site.origin);
  const iframeOnly = snippet.replace(/<script[^>]*><\/script>$/, "");
  const script = `${site.origin}/embed.js`;
  writeFileSync(join(dir, "index.html"), page("Newsroom story", snippet));
  writeFileSync(join(dir, "noscript.html"), page("Without the listener", iframeOnly));
  // The listener loads only after the iframe has loaded and posted: it must ask the embed to post again.
  writeFileSync(
    join(dir, "late.html"),
    page(
      "Listener loads late",
      `${iframeOnly}<script>document.querySelector("iframe").addEventListener("load", () => setTimeout(() => {
        const s = document.createElement("script"); s.src = ${JSON.stringify(script)}; document.body.append(s);
      }, 700));</script>`,
    ),
  );
  // An impostor iframe from the host's own origin, marked like ours, posting a well-formed message.
  writeFileSync(
    join(dir, "impostor.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body><p>impostor</p><script>
      parent.postMessage({ type: "caseload-check:height", path: ${JSON.stringify(path)}, height: 1500 }, "*");
      addEventListener("message", (e) => { if (e.data === "again") parent.postMessage({ type: "caseload-check:height", path: ${JSON.stringify(path)}, height: 1500 }, "*"); });
    </script></body></html>`,
  );
  writeFileSync(
    join(dir, "with-impostor.html"),
    page(
      "Impostor",
      `${snippet}<iframe src="/impostor.html" title="Impostor" data-caseload-check height="200"></iframe>`,
    ),
  );
  host = await serveDir(dir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  await host.close();
  await site.close();
});

/** The embed's frame on the host page. */
function embedFrame(p: Page): Frame {
  const frame = p.frames().find((f) => f.url() === site.origin + path);
  if (!frame) throw new Error(`no frame for ${path}`);
  return frame;
}

/** The iframe's height on the host page and the embedded document's own height, in CSS px. */
async function heights(p: Page): Promise<{ iframe: number; doc: number }> {
  const iframe = await p.evaluate(
    (src) => document.querySelector(`iframe[src="${src}"]`)?.getBoundingClientRect().height ?? 0,
    site.origin + path,
  );
  const doc = await embedFrame(p).evaluate(() => document.documentElement.getBoundingClientRect().height);
  return { iframe, doc };
}

/** Wait until the iframe's height matches its document's height (within 4 px), then return both. */
async function settled(p: Page): Promise<{ iframe: number; doc: number }> {
  let last = { iframe: 0, doc: 0 };
  await expect
    .poll(
      async () => {
        last = await heights(p);
        return Math.abs(last.iframe - last.doc);
      },
      { timeout: 10_000, interval: 100 },
    )
    .toBeLessThanOrEqual(4);
  return last;
}

/** An iframe's inner height (without its border). */
const iframeHeight = (p: Page, selector: string): Promise<number> =>
  p.evaluate((sel) => document.querySelector(sel)?.clientHeight ?? 0, selector);

describe("embed on another origin", () => {
  it("the host page is on another origin than the site", () => {
    expect(new URL(host.origin).port).not.toBe(new URL(site.origin).port);
  });

  it("the iframe follows its content's height from 1280 to 375 px wide", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    const errors: string[] = [];
    p.on("pageerror", (e) => errors.push(e.message));
    await p.goto(`${host.origin}/`, { waitUntil: "load" });
    const wide = await settled(p);
    expect(wide.iframe).not.toBe(FALLBACK_HEIGHT);
    await p.setViewportSize({ width: 375, height: 800 });
    const narrow = await settled(p);
    expect(Math.abs(narrow.iframe - narrow.doc)).toBeLessThanOrEqual(4);
    expect(Math.abs(narrow.iframe - wide.iframe)).toBeGreaterThan(4);
    // And back again.
    await p.setViewportSize({ width: 1280, height: 900 });
    const again = await settled(p);
    expect(Math.abs(again.iframe - wide.iframe)).toBeLessThanOrEqual(4);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("ignores messages of the wrong shape, for another path, or from the host page itself", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    await p.goto(`${host.origin}/`, { waitUntil: "load" });
    const { iframe: before } = await settled(p);
    const frame = embedFrame(p);
    const bad = before + 300;
    // From inside the real embed (right origin, right source), but the wrong shape.
    await frame.evaluate(
      ({ bad, path }) => {
        const send = (m: unknown): void => {
          parent.postMessage(m, "*");
        };
        send({ type: "caseload-check:height", path, height: String(bad) });
        send({ type: "caseload-check:size", path, height: bad });
        send({ path, height: bad });
        send({ type: "caseload-check:height", height: bad });
        send({ type: "caseload-check:height", path: "/embed/other/chart/", height: bad });
        send({ type: "caseload-check:height", path, height: -bad });
        send({ type: "caseload-check:height", path, height: 1e9 });
        send(`{"type":"caseload-check:height","path":"${path}","height":${String(bad)}}`);
        send(null);
      },
      { bad, path },
    );
    // From the host page itself (wrong origin, and not one of its iframes).
    await p.evaluate(
      ({ bad, path }) => {
        window.postMessage({ type: "caseload-check:height", path, height: bad }, "*");
      },
      { bad, path },
    );
    await p.waitForTimeout(400);
    expect((await heights(p)).iframe).toBe(before);
    // Control: the same channel with a well-formed message does resize, so the checks above were meaningful.
    await frame.evaluate(
      ({ bad, path }) => {
        parent.postMessage({ type: "caseload-check:height", path, height: bad }, "*");
      },
      { bad, path },
    );
    await expect.poll(async () => (await heights(p)).iframe, { timeout: 5_000 }).toBe(bad);
    await context.close();
  });

  it("ignores a well-formed message from an iframe on the wrong origin", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    await p.goto(`${host.origin}/with-impostor.html`, { waitUntil: "load" });
    await settled(p);
    const impostor = p.frames().find((f) => f.url().endsWith("/impostor.html"));
    expect(impostor).toBeDefined();
    await impostor?.evaluate(() => {
      window.postMessage("again", "*");
    });
    await p.waitForTimeout(400);
    expect(await iframeHeight(p, 'iframe[src="/impostor.html"]')).toBe(200);
    const { iframe, doc } = await heights(p);
    expect(iframe).not.toBe(1500);
    expect(Math.abs(iframe - doc)).toBeLessThanOrEqual(4);
    await context.close();
  });

  it("resizes even when the listener loads after the embed has posted", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    await p.goto(`${host.origin}/late.html`, { waitUntil: "load" });
    const { iframe } = await settled(p);
    expect(iframe).not.toBe(FALLBACK_HEIGHT);
    await context.close();
  });

  it("without the script, the iframe keeps its title and fallback height and shows the chart", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    await p.goto(`${host.origin}/noscript.html`, { waitUntil: "load" });
    await p.waitForTimeout(300);
    const iframe = p.locator("iframe");
    expect(await iframe.getAttribute("title")).toBe(spec.title);
    expect(await iframeHeight(p, "iframe")).toBe(FALLBACK_HEIGHT);
    const frame = embedFrame(p);
    await expect.poll(() => frame.locator("figure h2").textContent()).toBe(spec.title);
    // The chart itself (title, drawing) fits in the fallback height at desktop width.
    const svgBottom = await frame.evaluate(
      () =>
        document.querySelector(".chart-svg:not([hidden]) svg, .chart-svg svg")?.getBoundingClientRect().bottom ?? 1e9,
    );
    expect(svgBottom).toBeLessThanOrEqual(FALLBACK_HEIGHT);
    await context.close();
  });
});
