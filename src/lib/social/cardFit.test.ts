/**
 * Every card's text fits: each line drawn is measured with resvg in the card's font (Source Sans 3, the font
 * satori draws with) and must be no wider than its box, the blocks together no taller than the card, and names
 * and titles are never cut (only a long quote may end in an ellipsis).
 */
import { describe, expect, it } from "vitest";
import { CARD_SPACE, cardLayout, type CardInput, type CardLayout, type TextBlock } from "./card.ts";
import {
  cardCouncils,
  chartCardInput,
  compareCardInput,
  councilCardInput,
  siteCardInput,
  testimonyCardInput,
} from "./cards.ts";
import { neighbourSet, prerenderedCouncils } from "../compare/data.ts";
import { inkWidth } from "../chart/textWidth.ts";
import { allCharts } from "../../charts/registry.ts";
import { allTestimony } from "../data/reported.ts";

/** Lines wider than their box, as "text (width > box)". */
function overflowing(layout: CardLayout): string[] {
  const blocks: TextBlock[] = [
    layout.kicker,
    ...layout.middle,
    ...layout.figures.flatMap((r) => [r.value, r.label]),
    ...(layout.note ? [layout.note] : []),
    layout.source,
  ];
  return blocks.flatMap((b) =>
    b.lines
      .map((l) => ({ l, w: Math.ceil(inkWidth(l, b.size, b.bold)) }))
      .filter(({ w }) => w > b.width)
      .map(({ l, w }) => `${l} (${String(w)} > ${String(b.width)})`),
  );
}

// Chart cards are laid out with a picture the size of a typical drawing: its text does not depend on the picture.
const picture = { src: "data:image/png;base64,", width: 640, height: 400 };
const inputs: { id: string; input: CardInput }[] = [
  {
    id: "site",
    input: siteCardInput({ count: 2, low: 38, high: 46, years: "2018", englandThen: 17.7, countYear: 2017 }),
  },
  ...cardCouncils().map((c) => ({ id: `council ${c.slug}`, input: councilCardInput(c) })),
  ...allTestimony().map((t) => ({ id: `testimony ${t.id}`, input: testimonyCardInput(t) })),
  ...prerenderedCouncils().map((c) => ({ id: `compare ${c.slug}`, input: compareCardInput(neighbourSet(c)) })),
  ...allCharts().map((s) => ({ id: `chart ${s.chart}/${s.scope}`, input: chartCardInput(s, picture) })),
];

describe("card text fits", () => {
  it.each(inputs)("$id", ({ input }) => {
    const layout = cardLayout(input);
    expect(overflowing(layout)).toEqual([]);
    expect(layout.height).toBeLessThanOrEqual(CARD_SPACE);
    if (layout.image) expect(layout.image.height).toBeGreaterThanOrEqual(200);
    // The kicker (a council's name) and the title are drawn whole.
    expect(layout.kicker.lines.join(" ")).toBe(input.kicker.toUpperCase().replace(/\s+/g, " ").trim());
    const titles = layout.middle.filter((b) => b.lines.join(" ").endsWith("…"));
    expect(
      titles.every((b) => input.value !== undefined && b.lines.join(" ").startsWith(input.value.slice(0, 5))),
    ).toBe(true);
  });

  it("Kingston upon Thames / Richmond upon Thames is named in full", () => {
    const kingston = inputs.find((i) => i.id === "council kingston-upon-thames");
    const text = kingston ? cardLayout(kingston.input).figures.map((r) => r.label.lines.join(" ")) : [];
    expect(text).toContain("Joint figure for Kingston upon Thames / Richmond upon Thames");
  });
});
