import { describe, expect, it } from "vitest";
import { compareSvg } from "./svg.ts";
import type { CompareCouncil, Point } from "./model.ts";

const pt = (year: number, value: number | null): Point => [
  year,
  value,
  value === null ? "x: not available" : value.toFixed(1),
  "",
];
const council = (name: string, values: (number | null)[], grades: CompareCouncil["grades"] = []): CompareCouncil => ({
  slug: name.toLowerCase(),
  name,
  grades,
  notes: [],
  series: { caseload_fte: values.map((v, i) => pt(2017 + i, v)) },
});
/** Every <text> as x, y, class and content. */
const texts = (svg: string) =>
  [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"(?: class="([^"]*)")?>([^<]*)<\/text>/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    cls: m[3] ?? "",
    text: m[4] ?? "",
  }));

describe("compareSvg", () => {
  // Four councils ending at nearly the same caseload, one with a suppressed year, grades close together in time.
  const cs = [
    council(
      "Walsall",
      [18, 17, 16, 15, 14, 13, 12, 12, 11.9],
      [
        ["2024-11-02", "Good", "official", "G"],
        ["2025-02-10", "Outstanding", "unofficial", "O*"],
      ],
    ),
    council("Dudley", [16, 16, 15, null, 14, 13, 12.2, 12.1, 12.0]),
    council(
      "Sandwell",
      [20, 19, 18, 17, 16, 15, 13, 12.3, 12.1],
      [["2026-01-20", "Requires improvement", "unofficial", "RI*"]],
    ),
    council("Wolverhampton", [15, 15, 14, 14, 13, 13, 12.5, 12.2, 12.2]),
  ];
  const svg = compareSvg(cs, "caseload_fte", "Average caseload");
  const height = Number(/height="(\d+)"/.exec(svg)?.[1]);
  const all = texts(svg);

  it("labels each line at its end with name and figure, clear of each other and above the axis", () => {
    const names = all.filter((t) => t.cls.endsWith(" b") && t.cls.startsWith("s"));
    expect(names.map((t) => t.text).sort()).toEqual(["Dudley", "Sandwell", "Walsall", "Wolverhampton"]);
    const ys = names.map((t) => t.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect((ys[i] ?? 0) - (ys[i - 1] ?? 0)).toBeGreaterThanOrEqual(32);
    // The last figure's baseline stays above the year labels (whose tops are about 5 units under the axis).
    expect(Math.max(...ys) + 16 + 3).toBeLessThanOrEqual(12 + 150 + 5);
  });

  it("writes the grade letters in order, apart, with the unofficial star, before the council's name", () => {
    const row = all.filter((t) => t.y === all.find((x) => x.text === "G")?.y);
    expect(row.map((t) => t.text)).toEqual(["G", "O*", "Walsall"]);
    const [g, o, name] = row;
    expect((o?.x ?? 0) - (g?.x ?? 0)).toBeGreaterThanOrEqual(9 + 3);
    expect((name?.x ?? 0) - (o?.x ?? 0)).toBeGreaterThanOrEqual(9 + 8);
    // A grade published after the last count keeps its place on the axis: inside the drawing.
    const ri = all.find((t) => t.text === "RI*");
    expect(ri?.x).toBeLessThanOrEqual(400 - 128);
    expect(all.every((t) => t.y <= height)).toBe(true);
  });

  it("writes DfE's symbol where a year is suppressed, never a 0", () => {
    expect(all.some((t) => t.text === "x")).toBe(true);
  });
});
