/**
 * The compact embed: what shows before the disclosure is the title, key, chart, one source line and the link
 * line, and the whole embed page's HTML is at most 8 KB gzip. The description, notes, full sources and table
 * are inside the <details>.
 */
import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { allCharts } from "../../charts/registry.ts";
import { embedPath } from "../../lib/chart/paths.ts";
import { EMBED_TABLE_ROWS } from "../../lib/embed.ts";
import { readDist } from "./site.ts";

const BUDGET = 8 * 1024;
/**
 * The stated exception of budgets.test.ts: the two map embeds draw all 153 councils as named links, 25 KB.
 */
const MAP_BUDGET = 25 * 1024;
const MAPS = new Set(["map-hex", "map-boundaries"]);
const embeds = allCharts().map((spec) => ({ id: `${spec.chart}/${spec.scope}`, spec, file: `${embedPath(spec).slice(1)}index.html` }));

describe("compact embeds", () => {
  it.each(embeds)("$id is at most 8 KB gzip (the maps 25 KB)", ({ spec, file }) => {
    const budget = MAPS.has(spec.chart) ? MAP_BUDGET : BUDGET;
    expect(gzipSync(readDist(file), { level: 9 }).length).toBeLessThanOrEqual(budget);
  });

  it.each(embeds)("$id keeps description, notes and table behind the disclosure", ({ spec, file }) => {
    const html = readDist(file);
    const details = html.indexOf("<details");
    expect(details).toBeGreaterThan(0);
    const open = html.slice(0, details);
    expect(open).not.toContain("<table");
    // Notes are the chart frame's only bulleted list; the description is the element the SVG's aria-describedby names.
    expect(open).not.toContain("list-disc");
    expect(open).not.toMatch(/<p id="[^"]+-desc"/);
    expect(html.slice(details)).toMatch(/<p id="[^"]+-desc"/);
    if (spec.notes.length > 0) expect(html.slice(details)).toContain("list-disc");
    const rest = html.slice(details);
    if (spec.rows.length > EMBED_TABLE_ROWS) expect(rest).toContain(`The data (${String(spec.rows.length)} rows)`);
    else expect(rest).toContain("<table");
  });
});
