/**
 * Every article's figures against the data. The MDX components already throw at build time on a mismatch; this
 * test scans the MDX source for the same tags so a wrong figure also fails `npm run test:unit`, and it checks
 * what the components cannot: that every fact tag pins its value with `expect`, and that the numbers in the
 * headline, standfirst and social card are ones the body checks.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { factsIn, numbersIn } from "../test/mdxFacts.ts";
import { fact, resolveFact } from "./fact.ts";
import { allReported, getSource, getTestimony } from "../lib/data/reported.ts";
import { getCouncil } from "../lib/data/councils.ts";
import { getChart } from "../charts/registry.ts";

const DIR = join(process.cwd(), "src/content/articles");
const files = readdirSync(DIR).filter((f) => f.endsWith(".mdx"));

/** The YAML front matter's scalar fields we check (title, description, card value and label) and id lists. */
function frontMatter(mdx: string): { text: string[]; councils: string[]; sources: string[] } {
  const fm = /^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? "";
  const scalar = (key: string): string[] =>
    [...fm.matchAll(new RegExp(`^\\s*${key}:\\s*"?(.*?)"?\\s*$`, "gm"))].map((m) => m[1] ?? "");
  const list = (key: string): string[] =>
    [...(new RegExp(`^${key}:\\s*\\[(.*)\\]`, "m").exec(fm)?.[1] ?? "").matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? "");
  return {
    text: [...scalar("title"), ...scalar("description"), ...scalar("value"), ...scalar("label")],
    councils: list("councils"),
    sources: list("sources"),
  };
}

describe("articles", () => {
  it("there are at least five", () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  describe.each(files)("%s", (file) => {
    const mdx = readFileSync(join(DIR, file), "utf8");
    const facts = factsIn(mdx, file);

    it("prints its figures through fact tags", () => {
      expect(facts.length).toBeGreaterThan(5);
    });

    it("pins every fact tag with expect, and every expect equals the data", () => {
      const problems = facts.flatMap((f) => {
        const { expect: expected, ...props } = f.props;
        if (expected === undefined) return [`${file}:${String(f.line)} ${f.source} has no expect`];
        let actual: string;
        try {
          actual = resolveFact(f.tag, props);
        } catch (e) {
          return [`${file}:${String(f.line)} ${f.source}: ${(e as Error).message}`];
        }
        return actual === String(expected)
          ? []
          : [`${file}:${String(f.line)} ${f.source} expects "${String(expected)}", data gives "${actual}"`];
      });
      expect(problems).toEqual([]);
    });

    it("states no number in its headline, standfirst or card that the body does not check", () => {
      const checked = new Set(facts.flatMap((f) => numbersIn(String(f.props["expect"] ?? ""))));
      const { text } = frontMatter(mdx);
      const unchecked = text.flatMap((t) =>
        numbersIn(t)
          .filter((n) => !checked.has(n))
          .map((n) => `${String(n)} in "${t}"`),
      );
      expect(unchecked).toEqual([]);
    });

    it("refers only to councils, sources, testimony, reported figures and charts that exist", () => {
      const fm = frontMatter(mdx);
      const missing = [
        ...fm.councils.filter((s) => !getCouncil(s)).map((s) => `council ${s}`),
        ...fm.sources.filter((s) => !getSource(s)).map((s) => `source ${s}`),
        ...[...mdx.matchAll(/<Quote id="([^"]+)"/g)].map((m) => m[1] ?? "").filter((id) => !getTestimony(id)),
        ...[...mdx.matchAll(/<Words id="([^"]+)"/g)]
          .map((m) => m[1] ?? "")
          .filter((id) => !allReported().some((r) => r.id === id)),
        ...[...mdx.matchAll(/<Cite id="([^"]+)"/g)].map((m) => m[1] ?? "").filter((id) => !getSource(id)),
      ];
      expect(missing).toEqual([]);
      for (const m of mdx.matchAll(/<Chart chart="([^"]+)" scope="([^"]+)"/g)) {
        expect(() => getChart(m[1] ?? "", m[2] ?? "")).not.toThrow();
      }
    });
  });
});

describe("fact()", () => {
  it("prints the official value", () => {
    expect(fact("Official", { council: "walsall", measure: "caseload_fte", year: 2018, expect: "19.9" })).toBe("19.9");
  });

  it("throws, naming the tag and both values, when the article and the data disagree", () => {
    expect(() => fact("Official", { council: "walsall", measure: "caseload_fte", year: 2018, expect: "18.9" })).toThrow(
      /Article figure does not match the data: <Official council="walsall" measure="caseload_fte" year=\{2018\} expect="18.9" \/> expects "18.9" but the data gives "19.9"/,
    );
  });

  it("throws when the data holds no such value", () => {
    expect(() => fact("Official", { council: "walsall", measure: "caseload_fte", year: 2012 })).toThrow(/no DfE row/);
    expect(() => fact("Official", { council: "atlantis", measure: "caseload_fte", year: 2018 })).toThrow(
      /unknown council/,
    );
    expect(() => fact("Grade", { id: "no-such-inspection" })).toThrow(/no inspection/);
    expect(() => fact("Reported", { id: "cumbria-2016-low-twenties", field: "difference" })).toThrow(/no difference/);
  });

  it("checks the direction of a change", () => {
    expect(() =>
      fact("Change", { council: "walsall", measure: "caseload_fte", from: 2018, to: 2020, direction: "rise" }),
    ).toThrow(/expected a rise but the data shows a fall/);
  });
});

describe("factsIn", () => {
  it("reads string and number props, and refuses expressions it cannot check", () => {
    const [f] = factsIn('x <Official council="walsall" measure="caseload_fte" year={2018} expect="19.9" /> y');
    expect(f?.props).toEqual({ council: "walsall", measure: "caseload_fte", year: 2018, expect: "19.9" });
    expect(() => factsIn("<Official council={slug} />")).toThrow(/literal/);
    expect(() => factsIn("<Official council='walsall'>")).toThrow(/could not be parsed/);
  });
});

describe("numbersIn", () => {
  it("finds stated numbers, not years, dates or quoted words", () => {
    expect(numbersIn("24–26 v 18.6 at 30 September 2018, the “mid 20s”")).toEqual([24, 26, 18.6]);
  });
});
