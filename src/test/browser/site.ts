/**
 * The built site served locally and one Chromium, for a browser test file: started before its tests, closed after
 * them. Test files that need a second origin (a host page, another site) set up their own servers with harness.ts.
 */
import { afterAll, beforeAll } from "vitest";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium, serveDir, type Served } from "./harness.ts";

/** The running site: its browser and origin, available inside tests. */
export interface Site {
  readonly browser: Browser;
  readonly origin: string;
}

/** Serve `dist` (the build) and launch Chromium around this file's tests. */
export function useSite(dist = join(process.cwd(), "dist")): Site {
  let browser: Browser | undefined;
  let server: Served | undefined;
  beforeAll(async () => {
    server = await serveDir(dist);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("useSite: the site is used before beforeAll started it");
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get origin() {
      return started(server).origin;
    },
  };
}
