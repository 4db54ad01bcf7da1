// @ts-check
/**
 * ESLint: typescript-eslint strict-type-checked with type information (projectService) over src/**, plus
 * eslint-plugin-astro for .astro files, and the layer rule: each floor imports only from the floors below it.
 *
 *   pipeline -> data/ -> lib/data -> lib/domain -> lib/* -> charts/<kind> -> charts/registry -> story
 *     -> components / layouts -> pages
 *
 * Run with `npm run lint` (part of `npm run check`, 0 warnings allowed).
 */
import * as astroParser from "astro-eslint-parser";
import eslintPluginAstro from "eslint-plugin-astro";
import { defineConfig } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * `no-restricted-imports` patterns that keep a floor from importing the floors above it.
 * @param {...string} folders
 * @returns {import("eslint").Linter.RulesRecord}
 */
function above(...folders) {
  return {
    "no-restricted-imports": [
      "error",
      {
        patterns: folders.map((folder) => ({
          regex: `(^|/)(\\.\\./)*${folder.replace("/", "\\/")}(/|$)`,
          message: `layers: this folder may not import from src/${folder} (a floor above it).`,
        })),
      },
    ],
  };
}

/** Template literals with numbers are how this code base writes text; `String(n)` everywhere helps no one. */
/** @type {import("eslint").Linter.RulesRecord} */
const sharedRules = {
  "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
  // `const { expect: _, ...props } = f.props` is how this code base drops a key.
  "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
};

export default defineConfig(
  {
    ignores: ["dist/**", ".astro/**", "node_modules/**", "reports/**", "public/**", "**/*.d.ts"],
  },
  {
    files: ["src/**/*.ts", "*.ts", "*.js", "*.mjs"],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: sharedRules,
  },
  {
    files: ["*.js", "*.mjs"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  eslintPluginAstro.configs.recommended,
  {
    files: ["src/**/*.astro"],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: {
      parser: astroParser,
      parserOptions: {
        parser: tseslint.parser,
        extraFileExtensions: [".astro"],
        // astro-eslint-parser does not support projectService; `project: true` finds tsconfig.json.
        project: true,
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      ...sharedRules,
      // astro-eslint-parser gives template expressions (`{list.map((x) => <li>...</li>)}`) the error type, so these
      // two rules flag every element a template returns; the frontmatter is still checked by `astro check`.
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
    },
  },
  {
    // Tests that render .astro components: typescript-eslint's program cannot resolve `.astro` modules (astro check
    // resolves them through Astro's language server), so the component argument has the error type.
    files: ["src/**/*.test.ts"],
    rules: { "@typescript-eslint/no-unsafe-argument": "off" },
  },
  {
    files: ["src/scripts/**/*.ts"],
    languageOptions: { globals: { ...globals.browser } },
  },
  // The layers, bottom to top: lib (data, domain, infrastructure) -> story (findings, sentences, the article fact
  // resolver) -> charts (kinds, registry) -> components / layouts -> pages. A folder may not import the floors
  // above it. Tests are left out: a test may check across floors (e.g. that an article's charts are registered).
  {
    files: ["src/lib/**"],
    ignores: ["**/*.test.ts"],
    rules: above("story", "charts", "components", "layouts", "pages", "scripts", "pipeline"),
  },
  {
    files: ["src/story/**"],
    ignores: ["**/*.test.ts"],
    rules: above("charts", "components", "layouts", "pages", "scripts", "pipeline"),
  },
  {
    files: ["src/charts/**"],
    ignores: ["**/*.test.ts"],
    rules: above("components", "layouts", "pages", "scripts", "pipeline"),
  },
  { files: ["src/components/**", "src/layouts/**"], ignores: ["**/*.test.ts"], rules: above("pages", "pipeline") },
  {
    files: ["src/scripts/**"],
    ignores: ["**/*.test.ts"],
    rules: above("pages", "components", "layouts", "pipeline", "story", "charts"),
  },
  {
    files: ["src/pipeline/**"],
    ignores: ["**/*.test.ts"],
    rules: above("lib/chart", "lib/domain", "story", "charts", "components", "pages"),
  },
);
