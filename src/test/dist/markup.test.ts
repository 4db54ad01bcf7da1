/** Every built page is valid HTML (html-validate, recommended rules less the ones Astro's output cannot meet). */
import { describe, expect, it } from "vitest";
import { HtmlValidate } from "html-validate";
import { htmlPages, readDist } from "./site.ts";

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // Astro writes void elements as <meta ...> and the compiler decides self-closing; both are valid HTML.
    "void-style": "off",
    "no-trailing-whitespace": "off",
    // Plot's SVG carries inline style attributes and a <style> element.
    "no-inline-style": "off",
    // Long generated attribute values (embed snippets, data URIs) are fine.
    "attribute-empty-style": "off",
    // Plot writes SVG attributes in its own case (viewBox, textLength).
    "attr-case": "off",
    // Astro's "jsx" HTML compression joins inline elements.
    "no-redundant-role": "off",
    "prefer-native-element": "off",
    "text-content": "off",
    "unique-landmark": "off",
    "no-implicit-button-type": "error",
    "long-title": "off",
  },
});

describe("html-validate", () => {
  it.each(htmlPages())("%s is valid", async (file) => {
    const report = await validator.validateString(readDist(file), file);
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${String(m.line)}:${String(m.column)} ${m.ruleId}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});
