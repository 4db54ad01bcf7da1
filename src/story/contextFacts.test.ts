/**
 * Every <ContextFact /> in the articles against the data (the component throws at build time; this makes a wrong
 * figure fail the unit tests too), and the resolver's refusals.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contextFact, resolveContextFact, type ContextFactProps } from "./contextFacts.ts";

const DIR = join(process.cwd(), "src/content/articles");
const TAG = /<ContextFact\b([^>]*?)\/>/g;
const ATTR = /([A-Za-z][\w-]*)=(?:"([^"]*)"|\{(\d+)\})/g;

function tags(mdx: string): { props: ContextFactProps; line: number }[] {
  return [...mdx.matchAll(TAG)].map((m) => {
    const props: ContextFactProps = {};
    for (const a of (m[1] ?? "").matchAll(ATTR)) props[a[1] ?? ""] = a[3] !== undefined ? Number(a[3]) : (a[2] ?? "");
    return { props, line: mdx.slice(0, m.index).split("\n").length };
  });
}

describe("context facts in the articles", () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith(".mdx"));
  const all = files.flatMap((f) => tags(readFileSync(join(DIR, f), "utf8")).map((t) => ({ ...t, file: f })));
  it("the explainer states its context figures through the tag", () => {
    expect(all.filter((t) => t.file === "what-the-average-caseload-hides.mdx").length).toBeGreaterThan(10);
  });
  it("every tag pins its value with expect, and every expect equals the data", () => {
    const problems = all.flatMap(({ props, line, file }) => {
      const { expect: expected, ...rest } = props;
      if (expected === undefined) return [`${file}:${String(line)} has no expect`];
      const actual = resolveContextFact(rest);
      return actual === String(expected)
        ? []
        : [`${file}:${String(line)} expects "${String(expected)}", data gives "${actual}"`];
    });
    expect(problems).toEqual([]);
  });
});

describe("contextFact", () => {
  it("prints England's 2025 figures", () => {
    expect(resolveContextFact({ area: "england", measure: "case_holder_share", year: 2025 })).toBe("50.7%");
    expect(resolveContextFact({ area: "england", measure: "cin_per_case_holder_fte", year: 2025 })).toBe("19.1");
  });
  it("throws on a mismatch, a missing value and an unknown measure", () => {
    expect(() => contextFact({ area: "england", measure: "cases_per_cin", year: 2025, expect: "0.9" })).toThrow(
      /expects "0.9" but the data gives "0.80"/,
    );
    expect(() => contextFact({ area: "kensington-and-chelsea", measure: "case_holder_share", year: 2025 })).toThrow(
      /no value \(symbol x\)/,
    );
    expect(() => contextFact({ area: "england", measure: "happiness", year: 2025 })).toThrow(/unknown context measure/);
  });
});
