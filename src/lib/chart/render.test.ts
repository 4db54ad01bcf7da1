import * as Plot from "@observablehq/plot";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it, vi } from "vitest";
import {
  compactSvg,
  escapeAttributes,
  leanMarks,
  NARROW,
  renderPlot,
  renderSpec,
  WIDE,
  withoutTooltips,
} from "./render.ts";
import { getChart } from "../../charts/registry.ts";
import { standaloneSvg, resolveColours } from "./standalone.ts";
import type { ChartSpec } from "./types.ts";

const points = [
  { year: 2017, value: 17.7 },
  { year: 2019, value: 16.9 },
];
const line: Plot.PlotOptions = {
  width: 640,
  marks: [
    Plot.lineY(points, { x: "year", y: "value", ariaLabel: "England" }),
    Plot.dot(points, { x: "year", y: "value", title: (d: { year: number }) => `England, ${String(d.year)}` }),
  ],
};

describe("renderPlot", () => {
  const svg = renderPlot(line, { labelledBy: "t", describedBy: "d" });

  it("names the SVG by the figure's title and description, as an image", () => {
    expect(svg).toMatch(/^<svg[^>]*role="img"/);
    expect(svg).toContain('aria-labelledby="t"');
    expect(svg).toContain('aria-describedby="d"');
  });

  it('gives every labelled <g> role="group" (axe: aria-prohibited-attr)', () => {
    const labelled = svg.match(/<g\b[^>]*aria-label="[^"]*"[^>]*>/g) ?? [];
    expect(labelled.length).toBeGreaterThan(0);
    for (const g of labelled) expect(g).toContain('role="group"');
  });

  it("escapes & and < in attribute values, so the SVG is well-formed XML (Telford & Wrekin)", () => {
    const named = renderPlot(
      { marks: [Plot.dot(points, { x: "year", y: "value", ariaLabel: () => "Telford & Wrekin <2019>" })] },
      { label: "Telford & Wrekin" },
    );
    expect(named).toContain('aria-label="Telford &amp; Wrekin"');
    expect(named).toContain('aria-label="Telford &amp; Wrekin &lt;2019>"');
    // resvg parses SVG as XML: before the fix it threw on the raw "&".
    expect(() => new Resvg(named.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"'))).not.toThrow();
    expect(() => new Resvg('<svg xmlns="http://www.w3.org/2000/svg" aria-label="A & B"/>')).toThrow();
  });

  it("leaves the &quot; linkedom writes and values without & or < alone", () => {
    expect(escapeAttributes('<g aria-label="a &quot;b&quot;" fill="red">')).toBe(
      '<g aria-label="a &quot;b&quot;" fill="red">',
    );
  });
});

describe("standalone SVG", () => {
  it("resolves colour tokens to literal colours", () => {
    expect(resolveColours('<path stroke="var(--color-council)" fill="currentColor"/>')).toBe(
      '<path stroke="#5b2a86" fill="#1c1c1c"/>',
    );
  });

  it("carries the title, source and licence, escaped, and no CSS variables", () => {
    const spec: ChartSpec = {
      chart: "test",
      scope: "telford-and-wrekin",
      title: "Telford & Wrekin's caseload",
      description: "A test chart.",
      notes: [],
      sources: [{ name: "Department for Education", licence: "ogl" }],
      columns: [],
      rows: [],
      plot: (width) => ({
        ...line,
        width,
        marks: [Plot.lineY(points, { x: "year", y: "value", stroke: "var(--color-council)" })],
      }),
      page: "/councils/telford-and-wrekin/",
    };
    const svg = standaloneSvg(spec);
    const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(" ");
    expect(text).toContain("Telford &amp; Wrekin's caseload");
    expect(text).toContain("Open Government Licence v3.0");
    expect(svg).not.toContain("var(--");
    expect(() => new Resvg(svg)).not.toThrow();
  });
});

describe("a drawing of links", () => {
  it("is a group, not an image, so its links stay reachable", () => {
    const svg = renderPlot(
      {
        marks: [
          Plot.text([{ x: 1, y: 1, t: "Walsall" }], { x: "x", y: "y", text: "t", href: () => "/councils/walsall/" }),
        ],
      },
      { labelledBy: "t" },
    );
    expect(svg).toMatch(/^<svg[^>]*role="group"/);
    expect(svg).toContain('href="/councils/walsall/"');
  });
});

describe("renderSpec", () => {
  it("draws a chart once per width and labels in a production build, as renderPlot would", () => {
    vi.stubEnv("NODE_ENV", "production");
    const spec = getChart("caseload-trend", "walsall");
    const plot = vi.fn(spec.plot);
    const memo = { chart: spec.chart, scope: spec.scope, plot };
    const labels = { labelledBy: "t", describedBy: "d" };
    const first = renderSpec(memo, WIDE, labels);
    expect(renderSpec(memo, WIDE, labels)).toBe(first);
    expect(plot).toHaveBeenCalledTimes(1);
    expect(first).toBe(renderPlot(spec.plot(WIDE), labels));
    expect(renderSpec(memo, NARROW, labels)).toBe(renderPlot(spec.plot(NARROW), labels));
    expect(renderSpec(memo, WIDE, { label: "x" })).toBe(renderPlot(spec.plot(WIDE), { label: "x" }));
    expect(plot).toHaveBeenCalledTimes(3);
    vi.unstubAllEnvs();
  });
});

describe("compactSvg", () => {
  const svg = renderPlot(line, { labelledBy: "t" });

  it("rounds coordinates to the nearest half pixel (not lengths in em), drops Plot's <style> and inner group names, keeps titles", () => {
    const withTitle = svg.replace(
      "</svg>",
      '<g aria-label="dot"><circle cx="1.23456" cy="2.6"><text dy="0.32em" x="10.75"></text><title>17.7</title></circle></g></svg>',
    );
    const out = compactSvg(withTitle);
    expect(withTitle).toMatch(/<style>/);
    expect(out).not.toMatch(/<style>/);
    expect(out).not.toMatch(/="[^"]*\d\.\d{2,}(?!em)[^"]*"/);
    expect(out).toContain('cx="1" cy="2.5"');
    expect(out).toContain('dy="0.32em" x="11"');
    // A relative path keeps tenths (its steps add up), and a minus sign that separates two numbers stays.
    expect(compactSvg('<svg><path d="m212.54 296.71-1.94-0.04 1.96z"></path></svg>')).toContain(
      'd="m212.5 296.7-1.9-0 2z"',
    );
    expect(compactSvg('<svg><path d="M10.2,5.9L20.26-0.2"></path></svg>')).toContain('d="M10,6L20.5-0"');
    expect(out).not.toMatch(/<g[^>]*aria-label/);
    // The root's style sets the font and no background; the attributes it overrides go, and inner aria-hidden too.
    expect(withTitle).toMatch(/^<svg[^>]* font-family="system-ui, sans-serif"/);
    expect(withTitle).toMatch(/<g[^>]* aria-hidden="true"/);
    expect(out).toMatch(/^<svg[^>]* style="font-size:13px;font-family:inherit;overflow:visible"/);
    expect(out).not.toMatch(/^<svg[^>]* font-(size|family)="/);
    expect(out).not.toContain("aria-hidden");
    expect(out).toContain("<title>17.7</title>");
    expect(out).toContain('aria-labelledby="t"');
  });

  it("keeps the group names of a drawing of links (a map)", () => {
    const linked = svg.replace(
      "</svg>",
      '<g aria-label="areas" role="group"><a href="/x/"><path d="M0,0"/></a></g></svg>',
    );
    expect(compactSvg(linked)).toContain('<g aria-label="areas" role="group">');
  });
});

describe("leanMarks", () => {
  it("draws a group of bare ticks or bare grid lines as one path of the same segments", () => {
    const ticks =
      '<svg><g stroke="currentColor" fill="none" aria-hidden="true"><path d="M0,0L-6,0" transform="translate(36,290)"></path><path d="M0,0L-6,0" transform="translate(36,237.5)"></path></g>' +
      '<g stroke-opacity="0.1" stroke="currentColor"><line y2="290" y1="290" x2="624" x1="36"></line><line y2="26" y1="26" x2="624" x1="36"></line></g></svg>';
    expect(leanMarks(ticks)).toBe(
      '<svg><g stroke="currentColor" fill="none" aria-hidden="true"><path d="M36,290l-6,0M36,237.5l-6,0"></path></g>' +
        '<g stroke-opacity="0.1" stroke="currentColor"><path d="M36,290L624,290M36,26L624,26"></path></g></svg>',
    );
  });

  it("places a translated label by x, y and dy, unless it has anything else (a rotation, its own x, lines)", () => {
    expect(
      leanMarks(
        '<svg><text transform="translate(36,290)" y="0.32em">0</text><text transform="translate(5,6)">a</text></svg>',
      ),
    ).toBe('<svg><text dy="0.32em" x="36" y="290">0</text><text y="6" x="5">a</text></svg>');
    const kept =
      '<svg><text transform="translate(36,290) rotate(-90)" y="0.32em">0</text><text transform="translate(5,6)" x="2">a</text>' +
      '<text transform="translate(60,20)"><tspan x="0" dy="1em">ILACS</tspan><tspan x="0" dy="1em">2025</tspan></text></svg>';
    expect(leanMarks(kept)).toBe(kept);
  });

  it("leaves groups with anything else in them, and single lines, as drawn", () => {
    const kept = [
      '<svg><g><line x1="0" y1="0" x2="1" y2="1" stroke="red"></line><line x1="0" y1="0" x2="1" y2="1"></line></g></svg>',
      '<svg><g><circle cx="1" cy="1" r="3"><title>Walsall</title></circle><circle cx="2" cy="1" r="3"></circle></g></svg>',
      '<svg><g><line x1="0" y1="0" x2="1" y2="1"></line></g></svg>',
      '<svg><g><path d="M0,0L0,6" transform="rotate(45)"></path><path d="M0,0L0,6" transform="translate(1,2)"></path></g></svg>',
    ];
    for (const svg of kept) expect(leanMarks(svg)).toBe(svg);
  });

  it("is part of compactSvg, and leaves a real chart looking the same: resvg draws the same pixels", () => {
    const full = renderPlot(
      {
        ...line,
        grid: true,
        x: { label: "Year" },
        marks: [...(line.marks ?? []), Plot.text(["two\nlines"], { frameAnchor: "top-left" })],
      },
      { label: "t" },
    );
    expect(full).toContain("<tspan");
    const merged = leanMarks(full);
    expect(compactSvg(full)).not.toMatch(/<line\b/);
    // Only the label of two lines keeps its translate.
    expect(compactSvg(full).match(/<text transform/g)).toHaveLength(1);
    expect(merged.length).toBeLessThan(full.length);
    const pixels = (svg: string): Buffer =>
      Buffer.from(new Resvg(svg.replace("<svg ", `<svg xmlns="http://www.w3.org/2000/svg" `)).render().pixels);
    expect(pixels(merged).equals(pixels(full))).toBe(true);
    // The check can fail: the same chart without its grid lines is another picture.
    expect(pixels(renderPlot(line, { label: "t" })).equals(pixels(full))).toBe(false);
  });
});

describe("withoutTooltips", () => {
  it("drops hover titles from a drawing, but not from a drawing of links, whose titles name them", () => {
    const dots = '<svg role="img"><circle cx="1"><title>Walsall: 11.9</title></circle></svg>';
    const links =
      '<svg role="group"><a href="/councils/walsall/"><path d="M0,0"><title>Walsall</title></path></a></svg>';
    expect(withoutTooltips(dots)).toBe('<svg role="img"><circle cx="1"></circle></svg>');
    expect(withoutTooltips(links)).toBe(links);
  });
});
