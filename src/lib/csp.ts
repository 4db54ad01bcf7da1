/**
 * The Content-Security-Policy, written once and used in two places: the meta tag on every page and the
 * _headers file for static hosts (written at build time by src/pages/_headers.ts). Scripts come only from the
 * site itself: no 'unsafe-inline', no third parties. Styles allow inline because Plot's SVG carries a <style>.
 */
export function contentSecurityPolicy(options: { wasm?: boolean } = {}): string {
  const script = options.wasm === true ? "'self' 'wasm-unsafe-eval'" : "'self'";
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}
