/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

/**
 * Three projects, run in this order by `npm test`: unit (no build needed; Astro components through the
 * Container API), dist (reads the built site), browser (Debian's Chromium over the built site).
 */
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts"],
          exclude: ["src/test/dist/**", "src/test/browser/**", "node_modules/**"],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: { name: "dist", include: ["src/test/dist/**/*.test.ts"], testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["src/test/browser/**/*.test.ts"],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
