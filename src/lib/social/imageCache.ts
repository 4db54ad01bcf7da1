/**
 * A content-hash cache for the build's PNGs (chart downloads and social cards), kept between builds in a
 * git-ignored folder (`node_modules/.cache/caseload-check`, or `CASELOAD_CACHE_DIR`; `CASELOAD_CACHE_DIR=off`
 * turns it off). An image's file name is the SHA-256 of everything that decides its bytes: its input (the SVG, or
 * the card's text), the renderer's version and options, and the fonts. Nothing is keyed by time: a changed input
 * is a new key, and an unchanged one is read back. A cache that starts empty (CI) only costs the first build.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The cache folder, or null when the cache is off. */
function cacheDir(): string | null {
  const dir = process.env["CASELOAD_CACHE_DIR"];
  if (dir === "off") return null;
  return dir !== undefined && dir !== "" ? dir : join(process.cwd(), "node_modules/.cache/caseload-check");
}

/** SHA-256 (hex) of the parts, each followed by a separator so that ("ab", "c") and ("a", "bc") differ. */
export function contentKey(...parts: (string | Uint8Array)[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\u0000");
  return hash.digest("hex");
}

/** The version of an installed package, from its package.json (part of the keys of what it renders). */
export function packageVersion(name: string): string {
  const file = join(process.cwd(), "node_modules", name, "package.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

const fileOf = (dir: string, kind: string, key: string): string => join(dir, kind, key.slice(0, 2), `${key}.png`);

/** Write through a temporary name, so a build stopped half-way never leaves a truncated image under a key. */
function store(file: string, png: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const part = `${file}.${String(process.pid)}.part`;
  writeFileSync(part, png);
  renameSync(part, file);
}

/** The image under `key`, made by `produce` and stored if it is not cached yet. */
export async function cachedImageAsync(kind: string, key: string, produce: () => Promise<Buffer>): Promise<Buffer> {
  const dir = cacheDir();
  if (dir === null) return produce();
  const file = fileOf(dir, kind, key);
  if (existsSync(file)) return readFileSync(file);
  const png = await produce();
  store(file, png);
  return png;
}
