/**
 * The home page's first phone screen (375 x 740): the headline, one short paragraph and the lead chart, with no list
 * of dense bullets before it. Measured where the browser lays the page out, light and dark.
 */
import { describe, expect, it } from "vitest";
import { useSite } from "./site.ts";

const site = useSite();

const SCREEN = { width: 375, height: 740 };

describe("home page first screen", () => {
  for (const scheme of ["light", "dark"] as const)
    it(`shows the headline, one paragraph and the whole lead chart at 375 x 740 (${scheme})`, async () => {
      const page = await site.browser.newPage({ viewport: SCREEN, colorScheme: scheme });
      await page.goto(`${site.origin}/`, { waitUntil: "load" });
      const layout = await page.evaluate(() => {
        const h1 = document.querySelector("h1");
        const lead = document.querySelector("figure.chart");
        const svg = [...(lead?.querySelectorAll(".chart-svg > svg") ?? [])].find(
          (s) => s.getBoundingClientRect().width > 0,
        );
        const between = (el: Element): boolean =>
          !!h1 &&
          !!lead &&
          (h1.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 &&
          (lead.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
        return {
          h1Bottom: h1?.getBoundingClientRect().bottom ?? Infinity,
          svgBottom: svg?.getBoundingClientRect().bottom ?? Infinity,
          paragraphs: [...document.querySelectorAll("main p")].filter(between).length,
          listItems: [...document.querySelectorAll("main li")].filter(between).length,
        };
      });
      await page.close();
      expect(layout.h1Bottom).toBeLessThan(SCREEN.height);
      expect(layout.svgBottom).toBeLessThanOrEqual(SCREEN.height);
      expect(layout.paragraphs).toBeLessThanOrEqual(1);
      expect(layout.listItems).toBe(0);
    });
});
