import { describe, expect, it } from "vitest";
import { bestMatch } from "./match.ts";
import { allCouncils } from "../data/councils.ts";

/** The picker's options as Picker.astro writes them: councils (former ones marked), then districts in a council. */
const options = (): string[] => {
  const cs = [...allCouncils()].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  return [
    ...cs.map((c) => (c.status === "former" ? `${c.name} (former)` : c.name)),
    ...cs
      .filter((c) => c.status === "current")
      .flatMap((c) =>
        [...c.districts, ...c.formerDistricts].filter((d) => d !== c.name).map((d) => `${d} (in ${c.name})`),
      ),
  ];
};
const pick = (values: string[], typed: string): string | undefined => values[bestMatch(values, typed)];

describe("bestMatch", () => {
  const fixture = ["East Riding of Yorkshire", "Kingston upon Thames", "Richmond upon Thames", "York", "Walsall"];

  it("prefers a name starting with the text (an exact one first, as it sorts first), then one holding it", () => {
    expect(pick(fixture, "york")).toBe("York");
    expect(pick(fixture, "Yor")).toBe("York");
    expect(pick(fixture, "riding")).toBe("East Riding of Yorkshire");
    expect(pick(fixture, "upon")).toBe("Kingston upon Thames");
    expect(pick(fixture, "  upon thames ")).toBe("Kingston upon Thames");
    expect(pick(fixture, "richmond UPON")).toBe("Richmond upon Thames");
  });

  it("finds nothing for empty or unknown text", () => {
    expect(bestMatch(fixture, "")).toBe(-1);
    expect(bestMatch(fixture, "   ")).toBe(-1);
    expect(bestMatch(fixture, "Atlantis")).toBe(-1);
  });

  it("on the site's own options: a name anywhere, and districts in their county council", () => {
    const values = options();
    // The datalist offers every name holding the text; Enter takes the first, in alphabetical order.
    expect(pick(values, "upon")).toBe("Kingston upon Hull");
    expect(pick(values, "upon Thames")).toBe("Kingston upon Thames");
    expect(pick(values, "Richmond upon")).toBe("Richmond upon Thames");
    expect(pick(values, "Lyme")).toBe("Newcastle-under-Lyme (in Staffordshire)");
    expect(pick(values, "Crawley")).toBe("Crawley (in West Sussex)");
    expect(pick(values, "Walsall")).toBe("Walsall");
  });
});
