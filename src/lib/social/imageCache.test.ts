/**
 * The content-hash image cache: a changed chart's PNG is rebuilt and an unchanged one reused (by its content's
 * hash, never by time), and cached and uncached images are byte-identical.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getChart } from "../../charts/registry.ts";
import { standaloneSvg } from "../chart/standalone.ts";
import { socialCard } from "./card.ts";
import { svgToPalettePng, svgToPng } from "./raster.ts";

let dir = "";
/** Every cached file, with its bytes and modification time. */
const files = (): Map<string, { bytes: Buffer; mtime: number }> =>
  new Map(
    readdirSync(dir, { recursive: true, encoding: "utf8" })
      .map((f) => join(dir, f))
      .filter((f) => statSync(f).isFile())
      .map((f) => [f, { bytes: readFileSync(f), mtime: statSync(f).mtimeMs }]),
  );
const uncached = async <T>(make: () => Promise<T>): Promise<T> => {
  vi.stubEnv("CASELOAD_CACHE_DIR", "off");
  const out = await make();
  vi.stubEnv("CASELOAD_CACHE_DIR", dir);
  return out;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "image-cache-test-"));
  vi.stubEnv("CASELOAD_CACHE_DIR", dir);
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe("PNG downloads", () => {
  const chart = standaloneSvg(getChart("england-caseload", "england"));
  const other = standaloneSvg(getChart("caseload-trend", "walsall"));

  it("writes byte-identical images cached and uncached", async () => {
    const fresh = await uncached(() => svgToPng(chart, 2));
    expect(files().size).toBe(0);
    const miss = await svgToPng(chart, 2);
    const hit = await svgToPng(chart, 2);
    expect(files().size).toBe(1);
    expect(miss.equals(fresh)).toBe(true);
    expect(hit.equals(fresh)).toBe(true);
  });

  it("rebuilds a changed chart and reuses an unchanged one by content hash, not by time", async () => {
    await svgToPng(chart, 2);
    await svgToPng(other, 2);
    const before = files();
    expect(before.size).toBe(2);
    // Mark the unchanged chart's entry: other bytes and a time long ago. If it is read back, the key is the content.
    const unchanged = await uncached(() => svgToPng(chart, 2));
    const [first] = [...before].find(([, v]) => v.bytes.equals(unchanged)) ?? [];
    expect(first).toBeDefined();
    const marker = Buffer.from("cached bytes");
    writeFileSync(first ?? "", marker);
    utimesSync(first ?? "", new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect((await svgToPng(chart, 2)).equals(marker)).toBe(true);

    const changed = chart.replace("</svg>", '<rect width="1" height="1"/></svg>');
    const rebuilt = await svgToPng(changed, 2);
    expect(rebuilt.equals(await uncached(() => svgToPng(changed, 2)))).toBe(true);
    expect(files().size).toBe(3);
    // The other, unchanged chart's entry was neither rewritten nor rendered again.
    const after = files();
    for (const [file, entry] of before) if (file !== first) expect(after.get(file)).toEqual(entry);
  });
});

describe("palette PNG downloads", () => {
  it("cache the palette image under the SVG's hash, byte-identical to an uncached one", async () => {
    const svg = standaloneSvg(getChart("caseload-trend", "walsall"));
    vi.stubEnv("CASELOAD_CACHE_DIR", "off");
    const fresh = await svgToPalettePng(svg, 2);
    vi.stubEnv("CASELOAD_CACHE_DIR", dir);
    expect((await svgToPalettePng(svg, 2)).equals(fresh)).toBe(true);
    expect((await svgToPalettePng(svg, 2)).equals(fresh)).toBe(true);
    expect(files().size).toBe(1);
    expect(fresh.length).toBeLessThan((await svgToPng(svg, 2)).length);
  });
});

describe("social cards", () => {
  const input = {
    kicker: "Walsall",
    value: "16.3",
    label: "Average caseload",
    title: "A title",
    source: "Source: DfE",
  };

  it("reuses an unchanged card, rebuilds a changed one, and caches byte-identical cards", async () => {
    vi.stubEnv("CASELOAD_CACHE_DIR", "off");
    const fresh = await socialCard(input);
    const freshChanged = await socialCard({ ...input, value: "16.4" });
    vi.stubEnv("CASELOAD_CACHE_DIR", dir);
    expect((await socialCard(input)).equals(fresh)).toBe(true);
    expect((await socialCard(input)).equals(fresh)).toBe(true);
    expect(files().size).toBe(1);
    expect((await socialCard({ ...input, value: "16.4" })).equals(freshChanged)).toBe(true);
    expect(files().size).toBe(2);
  });
});
