/**
 * The council feeds and story kits over the built site: every feed is well-formed Atom, every entry's figure is the
 * data's (release changes against workforce.csv and workforce_vintages.csv, read here straight from data/; grades,
 * testimony and reported figures against their tables), and each council page links its feed, kit and CSV.
 */
import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import { DIST, readDist } from "./site.ts";
import { wellFormed } from "../wellFormed.ts";
import { allCouncils } from "../../lib/data/councils.ts";
import { readTable } from "../../lib/data/load.ts";
import { MEASURES } from "../../lib/data/workforce.ts";
import { formatMeasure } from "../../lib/domain/measures.ts";

interface Entry {
  id: string;
  title: string;
  updated: string;
  category: { "@_term": string };
  content: { "#text": string };
}
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" });
const feedOf = (slug: string): { xml: string; entries: Entry[] } => {
  const xml = readDist(`councils/${slug}/feed.xml`);
  const doc = parser.parse(xml) as { feed: { entry?: Entry[] } };
  return { xml, entries: doc.feed.entry ?? [] };
};

/** A data cell pair as one comparable string: the number as published, or "symbol:" + DfE's symbol. */
const printed = (_measure: string, value: string | undefined, status: string | undefined): string =>
  value ? String(Number(value)) : `symbol:${status ?? ""}`;
/** Whether the feed's text for a figure is that cell: printed by the site's rule, as published, or the symbol. */
function shows(text: string, measure: string, cell: string | undefined): boolean {
  if (cell === undefined) return text === "new" || text === "withdrawn";
  if (cell.startsWith("symbol:")) return text.startsWith(`${cell.slice(7)} (`);
  return text === cell || text === formatMeasure(measure, Number(cell));
}

/** (slug|year|measure) -> printed figure, for a table of the current shape or the vintages' tidy shape. */
function currentFigures(): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of readTable("workforce"))
    if (r["geographic_level"] === "Local authority")
      for (const slug of (r["council_slugs"] ?? "").split(";"))
        for (const m of MEASURES)
          out.set(`${slug}|${r["time_period"] ?? ""}|${m.key}`, printed(m.key, r[m.key], r[`${m.key}_status`]));
  return out;
}
function vintageFigures(): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of readTable("workforce_vintages"))
    for (const slug of (r["council_slugs"] ?? "").split(";"))
      out.set(`${slug}|${r["year"] ?? ""}|${r["measure"] ?? ""}`, printed(r["measure"] ?? "", r["value"], r["status"]));
  return out;
}
const now = currentFigures();
const before = vintageFigures();
const labelKey = new Map<string, string>(MEASURES.map((m) => [m.label, m.key]));
const LINE = /^(.+), (\d{4}): (.+?)(?: → (.+)| \(new\))$/;

/** Every change between the releases for one council, as "key: from → to" strings, computed from the tables. */
function expectedChanges(slug: string): string[] {
  const keys = new Set([...now.keys(), ...before.keys()].filter((k) => k.startsWith(`${slug}|`)));
  const out: string[] = [];
  for (const k of keys) {
    const was = before.get(k) ?? "new";
    const is = now.get(k) ?? "withdrawn";
    if (was !== is) out.push(`${k}: ${was} → ${is}`);
  }
  return out.sort();
}

const inspections = new Map(readTable("inspections").map((r) => [r["id"] ?? "", r]));
const testimony = new Map(readTable("testimony").map((r) => [r["id"] ?? "", r]));
const reported = new Map(readTable("reported_figures").map((r) => [r["id"] ?? "", r]));

describe("council feeds", () => {
  it.each(allCouncils().map((c) => c.slug))("%s: well-formed Atom, each entry's figure from the data", (slug) => {
    const { xml, entries } = feedOf(slug);
    expect(wellFormed(xml)).toBe(true);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    const seen: string[] = [];
    for (const e of entries) {
      const [kind, id] = e.id.replace(`tag:caseloadcheck.org.uk,2026:councils/${slug}/`, "").split("/");
      if (kind === "release") {
        for (const li of e.content["#text"].matchAll(/<li>([^<]+)<\/li>/g)) {
          const [, label = "", year = "", from = "", to] = LINE.exec(li[1] ?? "") ?? [];
          const k = `${slug}|${year}|${labelKey.get(label) ?? label}`;
          const measure = labelKey.get(label) ?? label;
          const [was, is] = to === undefined ? ["new", from] : [from, to];
          expect(shows(was, measure, before.get(k)) && shows(is, measure, now.get(k)), `${k}: ${li[1] ?? ""}`).toBe(true);
          seen.push(`${k}: ${before.get(k) ?? "new"} → ${now.get(k) ?? "withdrawn"}`);
        }
      } else if (kind === "inspection") {
        const row = inspections.get(id ?? "");
        expect(row?.["council_slug"]).toBe(slug);
        expect(e.title).toContain(`: ${row?.["overall"] ?? "?"} (${row?.["source"] ?? "?"})`);
        expect(e.updated).toBe(`${row?.["publication_date"] ?? ""}T00:00:00Z`);
      } else if (kind === "testimony" || kind === "reported") {
        const row = (kind === "testimony" ? testimony : reported).get(id ?? "");
        expect(row?.["council_slug"]).toBe(slug);
        expect(e.updated).toBe(`${row?.[kind === "testimony" ? "date" : "stated_date"] ?? ""}T00:00:00Z`);
      } else expect(kind).toBe("correction");
    }
    // Every change the tables hold is in the feed, once.
    expect(seen.sort()).toEqual(expectedChanges(slug));
  });
});

describe("council pages: feed link, story kit and CSV", () => {
  it.each(allCouncils().map((c) => c.slug))("%s", (slug) => {
    const { document } = parseHTML(readDist(`councils/${slug}/index.html`));
    const feed = `/councils/${slug}/feed.xml`;
    expect(document.querySelector(`link[rel="alternate"][type="application/atom+xml"][href="${feed}"]`)).not.toBeNull();
    expect(document.querySelector(`[data-feed] a[href="${feed}"]`)).not.toBeNull();
    const kit = document.querySelector("details[data-kit]");
    expect(kit?.querySelector("summary")?.textContent).toContain("For journalists");
    expect(kit?.querySelector("[data-cite]")?.textContent).toContain(`/councils/${slug}/`);
    const csv = kit?.querySelector("a[download]")?.getAttribute("href") ?? "";
    expect(existsSync(join(DIST, csv))).toBe(true);
    // Every workforce row of the council's CSV is the data's figure.
    for (const line of readDist(csv).split("\n").slice(1)) {
      const [measure = "", year = "", , value = "", , status = ""] = line.split(",");
      if (!MEASURES.some((m) => m.key === measure)) continue;
      expect(printed(measure, value, status), `${measure} ${year}`).toBe(now.get(`${slug}|${year}|${measure}`));
    }
  });
});
