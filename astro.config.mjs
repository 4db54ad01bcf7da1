// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";

/** The public address of the site. Set SITE when deploying under another domain. */
export const SITE = process.env["SITE"] ?? "https://caseloadcheck.org.uk";

export default defineConfig({
  site: SITE,
  output: "static",
  // Astro 7 defaults to "jsx", which strips the spaces between inline elements that prose here relies on.
  compressHTML: true,
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [
    mdx(),
    sitemap({
      // Embeds and chart permalinks repeat charts that live on indexed pages; they are noindex.
      filter: (page) => !/\/(embed|charts|og|oembed|downloads)\//.test(page),
    }),
  ],
  vite: {
    plugins: [tailwindcss()],
    // Never inline scripts: the CSP allows scripts from 'self' only.
    build: { assetsInlineLimit: 0 },
  },
});
