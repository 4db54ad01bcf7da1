/**
 * Text for XML or HTML, in content or a double-quoted attribute: the one escaper for every document the build (and
 * the compare page's script) writes by hand: standalone SVGs, Atom feeds, text measured by resvg, compare charts.
 * No imports, so the browser bundle that uses it stays small.
 */
export const escapeXml = (s: string): string =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
