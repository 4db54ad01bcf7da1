/**
 * `npm run lighthouse`: Lighthouse (mobile settings, its default) on the home page, a council page, an article
 * and an embed, served from dist/ by a local server that gzips like a static host, in Debian's Chromium.
 * Prints the four category scores per page; the README's performance section records them.
 * Usage: npm run lighthouse [-- /path/ /other/]
 */
import { join } from "node:path";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { CHROMIUM_FLAGS, CHROMIUM_PATH, serveDir } from "../test/browser/harness.ts";

const defaults = [
  "/",
  "/councils/walsall/",
  "/articles/walsall-caseloads-fell-and-rise-to-good/",
  "/embed/caseload-trend/walsall/",
];
const paths = process.argv.slice(2).filter((a) => a.startsWith("/"));
const server = await serveDir(join(process.cwd(), "dist"));
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
const rows: string[] = [];
try {
  for (const path of paths.length > 0 ? paths : defaults) {
    const result = await lighthouse(server.origin + path, { port: chrome.port, output: "json", logLevel: "error" });
    const cats = result?.lhr.categories ?? {};
    const score = (k: string): string => String(Math.round((cats[k]?.score ?? 0) * 100));
    rows.push(
      `| ${path} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ${score("seo")} |`,
    );
    const failing = Object.values(result?.lhr.audits ?? {})
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
      .map((a) => a.id);
    if (failing.length > 0) console.log(`${path}: audits below 1: ${failing.join(", ")}`);
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log("| page | performance | accessibility | best practices | SEO |\n| --- | --- | --- | --- | --- |");
console.log(rows.join("\n"));
