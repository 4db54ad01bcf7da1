/**
 * The checks must be able to fail. A page broken on purpose (an image with no alt text, text that fails
 * contrast, an image from a second server on another port) must be caught by the same audit every page gets.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { auditPage, launchChromium, serveDir, type Served } from "./harness.ts";

let browser: Browser;
let site: Served;
let other: Served;

beforeAll(async () => {
  const otherDir = mkdtempSync(join(tmpdir(), "cc-other-"));
  writeFileSync(join(otherDir, "x.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>');
  other = await serveDir(otherDir);
  const dir = mkdtempSync(join(tmpdir(), "cc-broken-"));
  writeFileSync(
    join(dir, "index.html"),
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Broken on purpose</title></head>
<body><main><h1>Broken</h1><img src="${other.origin}/x.svg" width="4" height="4">
<p style="color:#bbb;background:#fff">Low contrast text</p></main></body></html>`,
  );
  writeFileSync(
    join(dir, "good.html"),
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Fine</title></head>
<body><main><h1>Fine</h1><p>Nothing wrong here.</p></main></body></html>`,
  );
  site = await serveDir(dir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  await site.close();
  await other.close();
});

describe("the audit catches what it is meant to", () => {
  it("reports image-alt and color-contrast on a page broken on purpose", async () => {
    const audit = await auditPage(browser, site.origin, "/");
    expect(audit.violations.some((v) => v.startsWith("image-alt"))).toBe(true);
    expect(audit.violations.some((v) => v.startsWith("color-contrast"))).toBe(true);
  });

  it("reports the request to another origin (another port on 127.0.0.1)", async () => {
    const audit = await auditPage(browser, site.origin, "/");
    expect(audit.foreign).toEqual([`${other.origin}/x.svg`]);
  });

  it("passes a page with nothing wrong", async () => {
    const audit = await auditPage(browser, site.origin, "/good.html");
    expect(audit).toEqual({ violations: [], errors: [], foreign: [] });
  });
});
