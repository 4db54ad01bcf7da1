/**
 * The text a reader sees on a built page, as blocks (paragraphs, cells, headings, SVG text lines), for prose checks.
 *
 * Skipped: <script>, <style>, <code>, <pre>, <template>, <textarea> (embed code), every attribute, and the document <head> except its <title>.
 * Inline elements join their text as the browser does; block elements (and SVG <text>/<tspan>) start a new block.
 * Runs of ASCII whitespace collapse to one space (as rendered); no-break spaces are kept.
 */

/** A piece of text and what explains it where it stands. */
interface Segment {
  text: string;
  /** Inside <abbr title="…">: the title. */
  abbr?: string | undefined;
  /** Inside a link to the glossary. */
  glossary: boolean;
}

/** One block of visible text. */
export interface Block {
  segments: Segment[];
  /** The document <title> (cannot carry markup). */
  head: boolean;
  /** Inside an <svg> drawing (cannot carry <abbr> either). */
  svg: boolean;
}

const SKIP = new Set(["script", "style", "code", "pre", "template", "textarea"]);
const BLOCK = new Set(
  (
    "address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer form " +
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p section summary table tbody td tfoot th thead tr ul title desc " +
    "text tspan option button label legend svg body html"
  ).split(" "),
);
const VOID = new Set("area base br col embed hr img input link meta source track wbr".split(" "));

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decode the character references Astro writes. */
const decode = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith("#x") || ref.startsWith("#X")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(Number(ref.slice(1)));
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return m ? decode(m[1] ?? m[2] ?? m[3] ?? "") : undefined;
};

/** The visible text blocks of an HTML page. */
export function visibleBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  let current: Block = { segments: [], head: false, svg: false };
  let svgDepth = 0;
  const open: { name: string; abbr?: string | undefined; glossary: boolean }[] = [];
  let skipping: string | undefined;
  let inHead = false;
  let inTitle = false;
  const flush = (): void => {
    if (current.segments.some((s) => s.text.trim() !== "")) blocks.push(current);
    current = { segments: [], head: inTitle, svg: svgDepth > 0 };
  };
  for (const m of html.matchAll(/<!--[\s\S]*?-->|<\/?([a-zA-Z][\w:-]*)[^>]*>|[^<]+|</g)) {
    const token = m[0];
    const name = m[1]?.toLowerCase();
    if (token.startsWith("<!--")) continue;
    if (name === undefined) {
      if (skipping !== undefined || (inHead && !inTitle)) continue;
      const abbr = open.findLast((o) => o.abbr !== undefined)?.abbr;
      const glossary = open.some((o) => o.glossary);
      current.segments.push({ text: decode(token).replace(/[ \t\r\n\f]+/g, " "), abbr, glossary });
      continue;
    }
    const closing = token.startsWith("</");
    if (skipping !== undefined) {
      if (closing && name === skipping) skipping = undefined;
      continue;
    }
    if (!closing && SKIP.has(name) && !token.endsWith("/>")) {
      skipping = name;
      // Inline code stands in the sentence as a word, so "path, code, commit" keeps its shape.
      if (name === "code") current.segments.push({ text: "[code]", glossary: false });
      continue;
    }
    if (name === "head") inHead = !closing;
    if (name === "title" && inHead) {
      inTitle = !closing;
      flush();
      continue;
    }
    if (BLOCK.has(name)) flush();
    if (name === "svg" && !token.endsWith("/>")) {
      svgDepth += closing ? -1 : 1;
      current.svg = svgDepth > 0;
    }
    if (name === "a" || name === "abbr") {
      if (closing) open.splice(open.map((o) => o.name).lastIndexOf(name), 1);
      else if (!VOID.has(name) && !token.endsWith("/>"))
        open.push({ name, abbr: name === "abbr" ? attr(token, "title") : undefined, glossary: isGlossaryLink(token) });
    }
  }
  flush();
  return blocks;
}

const isGlossaryLink = (tag: string): boolean => /^\/glossary\/(#|$)/.test(attr(tag, "href") ?? "");

/** A block's text, whitespace collapsed across its segments. */
export const blockText = (b: Block): string =>
  b.segments
    .map((s) => s.text)
    .join("")
    .replace(/ {2,}/g, " ")
    .trim();
