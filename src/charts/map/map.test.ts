/** The two maps: path compaction, the Plot function on two hand-made hexes, its SVG, and the description. */
import { describe, expect, it } from "vitest";
import { renderPlot } from "../../lib/chart/render.ts";
import { getChart } from "../registry.ts";
import { getCouncil } from "../../lib/data/councils.ts";
import { caseloadAt } from "../../lib/council/map.ts";
import type { Feature, Geometry } from "geojson";
import { choropleth, compactPath, type MapArea } from "./plot.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BINS } from "../../lib/council/map.ts";

describe("compactPath", () => {
  it("writes relative moves (implicit lineto after m) and restarts subpaths from their start", () => {
    expect(compactPath("M10.04,10L12,10L12,12.55Z M20,20L21,20Z", 1)).toBe("m10 10 2 0 0 2.6zm10 10 1 0z");
    expect(compactPath("M0,0L1,0L2,0L2,5Z", 0, 1.5)).toBe("m0 0 2 0 0 5z");
  });
});

const square = (x: number, code: string): Feature<Geometry, { code: string; name: string }> => ({
  type: "Feature",
  properties: { code, name: code },
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [x, 0],
        [x + 1, 0],
        [x + 1, 1],
        [x, 1],
        [x, 0],
      ],
    ],
  },
});
const areas: MapArea[] = [
  {
    code: "A",
    slug: "telford-and-wrekin",
    color: "#440154",
    letter: "G",
    label: "Telford & Wrekin: caseload 15.2 (2025)",
  },
  { code: "B", slug: "walsall", color: "#21918c", letter: "", label: "Walsall: caseload 11.9 (2025)" },
];

describe("choropleth", () => {
  const svg = renderPlot(
    choropleth([square(0, "A"), square(2, "B")], areas, {
      width: 320,
      kind: "hex",
      places: [{ name: "Walsall", slugs: ["walsall"], phone: true }],
    }),
  );
  it("links every area to its council page, named, with & escaped", () => {
    expect(svg).toContain('href="/councils/walsall/"');
    expect(svg).toContain("Telford &amp; Wrekin: caseload 15.2 (2025)");
    expect(svg).not.toContain("Telford & Wrekin");
  });
  it("labels a place over its area, hidden from assistive technology, in a wide and a phone set", () => {
    expect(svg).toMatch(/<g [^>]*class="map-pw"[^>]*>.*?>Walsall<\/text><\/g>/);
    expect(svg).toMatch(/<g [^>]*class="map-pn"[^>]*>.*?>Walsall<\/text><\/g>/);
    for (const g of svg.match(/<g [^>]*class="map-p[wn]"[^>]*>/g) ?? []) expect(g).toContain('aria-hidden="true"');
  });
  it("is the same drawing every time (snapshot)", async () => {
    await expect(svg).toMatchFileSnapshot("./__snapshots__/map.svg");
  });
});

describe("map description", () => {
  it("names the year, the highest and lowest council and England's average", () => {
    const spec = getChart("map-hex", "england");
    expect(spec.description).toMatch(
      /In \d{4} the highest average caseload was \d+\.\d \(.+\) and the lowest \d+\.\d \(.+\); England's average was \d+\.\d\./,
    );
  });
  it("counts each joint return once, and leaves small returns out of the extremes, saying so", () => {
    const spec = getChart("map-hex", "england");
    const counts = [...spec.description.matchAll(/: (\d+)(?=;|,)/g)].map((m) => Number(m[1]));
    const of = Number(/Of (\d+) council returns/.exec(spec.description)?.[1]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(of);
    expect(of).toBe(149);
    expect(spec.description).not.toMatch(/lowest 6\.0/);
    expect(spec.description).toContain("Isles of Scilly (fewer than 5 case-holding social workers, FTE) is left out.");
  });
  it("draws no borrowed figure on Dorset or BCP before they existed", () => {
    for (const slug of ["dorset", "bournemouth-christchurch-and-poole"]) {
      const c = getCouncil(slug);
      if (!c) throw new Error(slug);
      expect(caseloadAt(c, 2017).value).toBeNull();
      expect(caseloadAt(c, 2017).note).toMatch(/formed from .*Dorset County/);
    }
    const cumberland = getCouncil("cumberland");
    if (!cumberland) throw new Error("cumberland");
    expect(caseloadAt(cumberland, 2017)).toEqual({ value: 19.8, note: "figure for Cumbria" });
  });
});

describe("map colours", () => {
  // The page's tokens are in theme.css, the map classes in maps.css; each has a light part, then its dark rule.
  const sheets = ["theme.css", "maps.css"].map((f) => readFileSync(join(process.cwd(), "src/styles", f), "utf8"));
  const split = (css: string): [string, string] => {
    const at = css.indexOf("prefers-color-scheme: dark");
    return [css.slice(0, at), css.slice(at)];
  };
  const light = sheets.map((css) => split(css)[0]).join("\n");
  const dark = sheets.map((css) => split(css)[1]).join("\n");
  const token = (block: string, name: string): string => {
    const m = new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, "i").exec(block);
    if (!m?.[1]) throw new Error(`${name} missing`);
    return m[1];
  };
  /** WCAG relative luminance and contrast ratio. */
  const lum = (hex: string): number => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string): number => {
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };
  const bins = BINS.map((b) => /--color-bin-\d/.exec(b.color)?.[0] ?? "");

  it("gives the highest caseloads the strongest colour, in light and in dark", () => {
    for (const block of [light, dark]) {
      const paper = token(block, "--color-paper");
      const ratios = bins.map((b) => contrast(token(block, b), paper));
      // Each class stands further from the page than the one below it; the top class by at least 3:1.
      for (let i = 1; i < ratios.length; i++) expect(ratios[i]).toBeGreaterThan(ratios[i - 1] ?? 0);
      expect(ratios.at(-1)).toBeGreaterThanOrEqual(3);
    }
  });

  it("keeps every class visible against the dark page (at least 1.5:1)", () => {
    const paper = token(dark, "--color-paper");
    for (const b of bins) expect(contrast(token(dark, b), paper)).toBeGreaterThanOrEqual(1.5);
  });
});

describe("the boundary map's London inset", () => {
  const spec = getChart("map-boundaries", "england");
  const svg = renderPlot(spec.plot(640));
  const inset = /<g [^>]*aria-label="London, enlarged"[^>]*>.*?<\/g><\/g>/.exec(svg)?.[0] ?? "";
  it("draws each of London's 33 areas again as a named link to its council page", () => {
    const links = [...inset.matchAll(/<a [^>]*>/g)].map((m) => m[0]);
    expect(links).toHaveLength(33);
    for (const a of links) {
      expect(a).toMatch(/href="\/councils\/[a-z-]+\/"/);
      expect(a).toMatch(/aria-label="[^"]+: caseload|aria-label="[^"]+: no caseload/);
    }
    expect(inset).toContain(">London</text>");
  });
});
