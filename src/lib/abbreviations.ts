/**
 * The abbreviations the site's prose uses, each with its long form and, where the glossary defines it, the glossary
 * anchor. Pages mark the first use with `abbreviate` or `abbrHtml` (below); the dist prose test holds every page to it.
 */
import { escapeXml } from "./escape.ts";

export const ABBREVIATIONS = {
  ILACS: { long: "inspection of local authority children's services", glossary: "ilacs" },
  SIF: { long: "single inspection framework", glossary: "sif" },
  FTE: { long: "full-time equivalent", glossary: "fte" },
  DfE: { long: "Department for Education" },
  ONS: { long: "Office for National Statistics" },
  CIN: { long: "children in need" },
  CPP: { long: "child protection plan" },
  LAC: { long: "looked-after children" },
  ADCS: { long: "Association of Directors of Children's Services" },
  LGA: { long: "Local Government Association" },
  ASYE: { long: "assessed and supported year in employment" },
} as const satisfies Record<string, { long: string; glossary?: string }>;

/** An abbreviation the site explains. */
export type Abbreviation = keyof typeof ABBREVIATIONS;

/** `<abbr title="full-time equivalent">FTE</abbr>`, inside a link to the glossary entry when there is one and `link`. */
export function abbrHtml(short: Abbreviation, link = true): string {
  const a: { long: string; glossary?: string } = ABBREVIATIONS[short];
  const tag = `<abbr title="${escapeXml(a.long)}">${short}</abbr>`;
  return link && a.glossary !== undefined ? `<a href="/glossary/#${a.glossary}">${tag}</a>` : tag;
}

const PATTERN = new RegExp(`\\b(${Object.keys(ABBREVIATIONS).join("|")})\\b`, "g");

/**
 * Plain text as HTML with the first use of each abbreviation marked up by `abbrHtml` (skipped where the text writes
 * the long form out before it). `link: false` inside links and table cells.
 */
export function abbreviate(text: string, link = true): string {
  const done = new Set<string>();
  let out = "";
  let last = 0;
  for (const m of text.matchAll(PATTERN)) {
    const short = m[0] as Abbreviation;
    if (done.has(short)) continue;
    done.add(short);
    if (text.slice(0, m.index).toLowerCase().includes(ABBREVIATIONS[short].long.toLowerCase())) continue;
    out += escapeXml(text.slice(last, m.index)) + abbrHtml(short, link);
    last = m.index + short.length;
  }
  return out + escapeXml(text.slice(last));
}
