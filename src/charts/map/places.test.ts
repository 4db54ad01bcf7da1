/** Map geometry: rings and centroids read back from paths, labels that never collide, an inset box in open sea. */
import { describe, expect, it } from "vitest";
import { cornerBox, placeLabels, rings, shapeOf } from "./places.ts";

describe("rings and shapeOf", () => {
  it("reads an absolute path's rings and weights the centroid by area", () => {
    const rs = rings("M0,0L4,0L4,4L0,4ZM10,0L11,0L11,1L10,1Z");
    expect(rs).toHaveLength(2);
    const s = shapeOf(rs);
    // 16 units of area centred on (2, 2) and 1 on (10.5, 0.5).
    expect(s.x).toBeCloseTo((16 * 2 + 10.5) / 17);
    expect(s.y).toBeCloseTo((16 * 2 + 0.5) / 17);
    expect(s.box).toEqual({ x0: 0, y0: 0, x1: 11, y1: 4 });
  });
});

describe("placeLabels", () => {
  const box = { x0: 90, y0: 90, x1: 110, y1: 110 };
  const frame = { width: 200, height: 200 };
  it("centres a label on its shape, and moves a colliding one beside its shape", () => {
    const [a, b] = placeLabels(
      [
        { name: "Leeds", x: 100, y: 100, box },
        { name: "Bradford", x: 100, y: 100, box },
      ],
      12,
      frame,
    );
    expect(a).toMatchObject({ x: 100, y: 100 });
    expect(b?.y).toBeLessThan(a?.box.y0 ?? 0);
  });
  it("keeps labels inside the frame and leaves out one that fits nowhere", () => {
    const near = { name: "Cornwall", x: 2, y: 198, box: { x0: 0, y0: 190, x1: 4, y1: 200 } };
    const [l] = placeLabels([near], 12, frame);
    expect(l?.box.x0).toBeGreaterThanOrEqual(0);
    expect(l?.box.y1).toBeLessThanOrEqual(200);
    expect(placeLabels([near], 12, frame, [{ x0: 0, y0: 0, x1: 200, y1: 200 }])).toEqual([]);
  });
});

describe("cornerBox", () => {
  it("is the widest top-right box that keeps clear of every drawn point", () => {
    // A square box must stop short of the point; a flat one can pass above it.
    expect(cornerBox([[100, 50]], (w) => w, { width: 200, margin: 0 }, 5, 100)).toEqual({
      x0: 106,
      y0: 0,
      x1: 200,
      y1: 94,
    });
    expect(cornerBox([[100, 50]], (w) => w / 4, { width: 200, margin: 0 }, 5, 100)?.x0).toBe(100);
  });
});
