/**
 * One tidy table of all a council's figures: every workforce measure in every year DfE published (numbers, or the
 * DfE symbol in `status`), and every Ofsted grade (`status` official or unofficial). Source, licence and data
 * release travel on every row, so a row copied out of the file keeps them.
 */
import type { Council } from "../data/councils.ts";
import { inspectionsFor } from "../data/inspections.ts";
import { MEASURES, seriesFor } from "../data/workforce.ts";
import { DFE_SOURCE, D2I_SOURCE, OFSTED_SOURCE } from "../chart/sources.ts";
import { flagText } from "../council/model.ts";
import { publishedCsv } from "../csv.ts";
import { COUNT_DAY } from "../domain/counts.ts";
import { DATA_RELEASE, LICENCES } from "../site.ts";

/** The table's columns, in order. */
const KIT_COLUMNS = ["measure", "year", "date", "value", "unit", "status", "note", "source", "licence", "release"];

const OGL = LICENCES.ogl.name;

/** The rows, workforce measures first (in the site's measure order, by year), then inspections (oldest first). */
function councilRows(c: Council): string[][] {
  const workforce = MEASURES.flatMap((m) =>
    seriesFor(c.slug, m.key).map((p) => [
      m.key,
      String(p.year),
      `${String(p.year)}-${COUNT_DAY}`,
      p.value === null ? "" : String(p.value),
      m.unit,
      p.status,
      flagText(p, c.slug),
      DFE_SOURCE.name,
      OGL,
      DATA_RELEASE,
    ]),
  );
  const grades = inspectionsFor(c.slug).map((i) => [
    "ofsted_overall_grade",
    i.publicationDate.slice(0, 4),
    i.publicationDate,
    i.overall,
    "grade",
    i.source,
    `${i.type} inspection, published`,
    (i.source === "unofficial" ? D2I_SOURCE : OFSTED_SOURCE).name,
    OGL,
    DATA_RELEASE,
  ]);
  return [...workforce, ...grades];
}

/** The CSV text served at /data/councils/<slug>.csv. */
export const councilCsv = (c: Council): string => publishedCsv(KIT_COLUMNS, councilRows(c));

/** Where a council's CSV is served. */
export const councilCsvPath = (slug: string): string => `/data/councils/${slug}.csv`;
