import { describe, expect, it } from "vitest";
import { abbrHtml, abbreviate } from "./abbreviations.ts";

describe("abbreviations", () => {
  it("marks the first use of each, linking to the glossary where it has the term", () => {
    expect(abbreviate("Ofsted ILACS short & FTE, FTE")).toBe(
      `Ofsted <a href="/glossary/#ilacs"><abbr title="inspection of local authority children's services">ILACS</abbr></a> short &amp; <a href="/glossary/#fte"><abbr title="full-time equivalent">FTE</abbr></a>, FTE`,
    );
  });

  it("leaves an abbreviation whose long form is written before it, and links nothing inside links", () => {
    expect(abbreviate("Department for Education (DfE)")).toBe("Department for Education (DfE)");
    expect(abbreviate("per FTE", false)).toBe(`per <abbr title="full-time equivalent">FTE</abbr>`);
    expect(abbrHtml("DfE")).toBe(`<abbr title="Department for Education">DfE</abbr>`);
  });
});
