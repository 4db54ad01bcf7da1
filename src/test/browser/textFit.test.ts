/**
 * Every chart's text fits: on one page per chart kind, at 375 and 1280 px wide, light and dark, each visible
 * chart SVG's <text> boxes (as the browser lays them out, at the page's real font) lie inside the SVG's box and no
 * two of them overlap, each within TOLERANCE px. This is the check that would have caught the phone labels cut at
 * the left edge, a last column header cut at the right, and an axis title or a "Highest" label printed over tick
 * labels. The drawing hidden at this width (wide or narrow) is skipped.
 */
import { describe, expect, it } from "vitest";
import { useSite } from "./site.ts";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const DIST = join(process.cwd(), "dist");
/** How far, in px, a text box may run past its SVG's edge or into another text box (antialiasing, rounding). */
const TOLERANCE = 2;

/** Pages that between them hold every chart kind on the site (the lead pages readers arrive at). */
const PAGES = [
  "/",
  "/councils/walsall/",
  "/councils/kingston-upon-thames/",
  "/map/",
  "/reported/",
  "/testimony/",
  "/testimony/cc-2018-09-05-east-sussex-c9/",
  "/articles/east-sussex-outstanding-unbearable-caseloads/",
  "/articles/what-the-average-caseload-hides/",
  "/check/",
  // The compare charts (src/lib/compare/svg.ts, not in the registry): a prerendered set, a set drawn in the
  // browser, and an embed.
  "/compare/walsall/",
  "/compare/?c=walsall,dudley,sandwell",
  "/compare/walsall/embed/",
];

/** The chart kinds drawn on a built page (its figures' data-chart attributes). */
const kindsOn = (path: string): string[] => {
  const file = join(DIST, path.split("?")[0] ?? path, "index.html");
  if (!existsSync(file)) return [];
  const html = readFileSync(file, "utf8");
  return [...html.matchAll(/<figure[^>]*data-chart="([^"]+)"/g)].map((m) => m[1] ?? "");
};

/** PAGES, plus the first share page of any chart kind none of them draws (so a new kind is checked too). */
function pagesToCheck(): string[] {
  const covered = new Set(PAGES.flatMap(kindsOn));
  const extra = readdirSync(join(DIST, "charts"))
    .filter((kind) => !covered.has(kind))
    .map((kind) => `/charts/${kind}/${readdirSync(join(DIST, "charts", kind)).sort()[0] ?? ""}/`);
  return [...PAGES, ...extra];
}

/** One text that does not fit: where, and why. */
interface Misfit {
  chart: string;
  text: string;
  problem: string;
}

/** Runs in the page: every visible chart SVG's text boxes against its box and each other. */
function findMisfits(tolerance: number): Misfit[] {
  const out: Misfit[] = [];
  const label = (t: Element): string => t.textContent.trim().slice(0, 40);
  for (const svg of document.querySelectorAll<SVGSVGElement>(
    ".chart-svg > svg, .chart-svg > figure svg, svg.compare-chart",
  )) {
    const box = svg.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const chart = svg.closest("figure.chart")?.id ?? svg.getAttribute("aria-label") ?? "?";
    const texts = [...svg.querySelectorAll("text")]
      .filter((t) => label(t) !== "")
      .map((t) => ({ t, r: t.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0);
    for (const { t, r } of texts) {
      const past = Math.max(box.left - r.left, r.right - box.right, box.top - r.top, r.bottom - box.bottom);
      if (past > tolerance) out.push({ chart, text: label(t), problem: `outside its SVG by ${past.toFixed(1)} px` });
    }
    for (let i = 0; i < texts.length; i++)
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i];
        const b = texts[j];
        if (!a || !b) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > tolerance && h > tolerance)
          out.push({
            chart,
            text: label(a.t),
            problem: `overlaps "${label(b.t)}" by ${w.toFixed(1)} x ${h.toFixed(1)} px`,
          });
      }
  }
  return out;
}

const site = useSite(DIST);

describe("chart text fits inside its SVG without overlapping", () => {
  for (const path of pagesToCheck())
    for (const width of [375, 1280])
      for (const scheme of ["light", "dark"] as const)
        it(`${path} at ${String(width)} px, ${scheme}`, async () => {
          const page = await site.browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
          await page.goto(site.origin + path, { waitUntil: "load" });
          await page.evaluate(() => document.fonts.ready);
          // A set drawn in the browser appears once its councils' data has loaded.
          if (path.includes("?c=")) await page.waitForSelector("svg.compare-chart");
          const charts = await page.locator("figure.chart, svg.compare-chart").count();
          const misfits = await page.evaluate(findMisfits, TOLERANCE);
          await page.close();
          expect(charts).toBeGreaterThan(0);
          const lines = misfits.map((m) => `${m.chart}: "${m.text}" ${m.problem}`);
          expect(lines.length, `${String(lines.length)} text boxes do not fit:\n${lines.join("\n")}`).toBe(0);
        });
});
