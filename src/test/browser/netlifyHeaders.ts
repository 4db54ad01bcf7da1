/**
 * A static host's _headers file, applied the way Netlify applies it: every rule whose path matches applies, in
 * file order, and a later rule's header replaces an earlier one's of the same name (Netlify's headersForPath is
 * `Object.assign({}, ...matching)`). `*` matches the rest of the path; `:name` matches one segment.
 */
import { readFileSync } from "node:fs";

interface Rule {
  pattern: RegExp;
  headers: Record<string, string>;
}

/** The rules of a _headers file. */
export function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trimEnd();
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .split("/")
        .map((part) =>
          part === "*"
            ? ".*"
            : part.startsWith(":")
              ? "[^/]+"
              : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*"),
        )
        .join("/");
      rules.push({ pattern: new RegExp(`^${source}$`), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(":");
    if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The headers a path gets from a _headers file. */
export function headersFor(rules: readonly Rule[], path: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((r) => r.pattern.test(path)).map((r) => r.headers)) as Record<
    string,
    string
  >;
}

/** A headersFor function for serveDir, from a _headers file on disk. */
export const netlifyHeaders = (file: string): ((path: string) => Record<string, string>) => {
  const rules = parseHeaders(readFileSync(file, "utf8"));
  return (path) => headersFor(rules, path);
};
