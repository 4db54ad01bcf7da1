/**
 * Test support (used by src/story/articles.test.ts and src/test/dist/story.test.ts; nothing in the site imports it).
 * Finds the fact tags (<Official ... />, <Grade ... />, ...) in an article's MDX source, with their props, so a
 * test can run each through the same lookup the components use. Only self-closing tags with literal props
 * (strings, or numbers in braces) are recognised; anything else in a fact tag is reported as unparseable.
 */
import { FACT_TAGS, type FactProps, type FactTag } from "../story/fact.ts";

/** One fact tag as written in MDX. */
export interface FoundFact {
  tag: FactTag;
  props: FactProps;
  /** 1-based line of the tag. */
  line: number;
  /** The tag's source text. */
  source: string;
}

const TAG = new RegExp(`<(${FACT_TAGS.join("|")})\\b([^>]*?)\\/>`, "g");
const ATTR = /([A-Za-z][\w-]*)=(?:"([^"]*)"|\{([^}]*)\})/g;
const OPEN = new RegExp(`<(${FACT_TAGS.join("|")})\\b`, "g");

/** Parse one `{...}` prop: a number, or a quoted string. */
function braced(raw: string, where: string): string | number {
  const t = raw.trim();
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (/^"[^"]*"$/.test(t)) return t.slice(1, -1);
  throw new Error(`${where}: only literal numbers or strings are allowed in fact props, got {${t}}`);
}

/** Every fact tag in an MDX source. Throws on a fact tag it cannot parse (so none slips past the check). */
export function factsIn(mdx: string, file = "article"): FoundFact[] {
  const out: FoundFact[] = [];
  for (const m of mdx.matchAll(TAG)) {
    const line = mdx.slice(0, m.index).split("\n").length;
    const props: FactProps = {};
    for (const a of (m[2] ?? "").matchAll(ATTR)) {
      const key = a[1] ?? "";
      props[key] = a[3] !== undefined ? braced(a[3], `${file}:${String(line)}`) : (a[2] ?? "");
    }
    out.push({ tag: m[1] as FactTag, props, line, source: m[0] });
  }
  const opened = [...mdx.matchAll(OPEN)].length;
  if (opened !== out.length) throw new Error(`${file}: ${String(opened - out.length)} fact tag(s) could not be parsed`);
  return out;
}

/**
 * Numbers a piece of text states ("24–26 v 18.6" -> [24, 26, 18.6]). Left out: years 2000-2039, the day in a
 * date ("30 September"), and anything inside curly quotation marks (quoted words, checked by <Words>).
 */
export function numbersIn(text: string): number[] {
  const months = "January|February|March|April|May|June|July|August|September|October|November|December";
  const plain = text.replace(/“[^”]*”/g, " ").replace(new RegExp(`\\b\\d{1,2} (${months})\\b`, "g"), " ");
  return [...plain.matchAll(/\d+(?:\.\d+)?/g)]
    .map((m) => Number(m[0]))
    .filter((n) => !(Number.isInteger(n) && n >= 2000 && n < 2040));
}
