/**
 * The downloadable tables of /data/: which exist, and who publishes each row under which licence. Every row of
 * every download carries `published_by` and `licence` columns, so a row copied out of the file keeps its terms.
 */
import { publishedCsv } from "../../lib/csv.ts";
import { readTable } from "../../lib/data/load.ts";
import { tableMeta, type TableMeta } from "../../lib/data/meta.ts";
import { getSource } from "../../lib/data/reported.ts";
import { LICENCES } from "../../lib/site.ts";

/** The tables in data/, in the order /data/ lists them. */
export const TABLES = [
  "councils",
  "workforce",
  "council_context",
  "cla_social_workers_2024",
  "inspections",
  "reported_figures",
  "testimony",
  "sources",
  "caseload_distribution_2021",
] as const;
/** A table name. */
export type TableName = (typeof TABLES)[number];

const OGL = LICENCES.ogl.name;
const QUOTED = "Quoted for criticism and review (CDPA 1988 s.30); not licensed for reuse";
const publication = (id: string | undefined): string => getSource(id ?? "")?.publication ?? "a news article";

/** Publisher and licence of one row of a table. */
export function rowTerms(table: TableName, row: Record<string, string>): { published_by: string; licence: string } {
  switch (table) {
    case "councils":
      return {
        published_by:
          "Caseload Check, compiled from Department for Education, Office for National Statistics, Ofsted, House of Commons Library and Data to Insight lookups",
        licence: `${OGL}; hex_code: ${LICENCES.parliament.name}`,
      };
    case "workforce":
    case "cla_social_workers_2024":
      return { published_by: "Department for Education", licence: OGL };
    case "council_context":
      return {
        published_by:
          "Caseload Check, computed from Department for Education and Office for National Statistics figures",
        licence: OGL,
      };
    case "inspections":
      return row["source"] === "unofficial"
        ? {
            published_by: "Data to Insight (unofficial scrape of Ofsted reports)",
            licence: `${OGL} (Ofsted reports, Crown copyright)`,
          }
        : { published_by: "Ofsted", licence: OGL };
    case "reported_figures":
      return {
        published_by: `Caseload Check; words quoted from ${publication(row["source_id"])}; official values from the Department for Education`,
        licence: `Words: ${QUOTED}. Official values: ${OGL}`,
      };
    case "testimony":
      return {
        published_by: `Caseload Check; comment quoted from ${publication(row["source_id"])}`,
        licence: QUOTED,
      };
    case "sources":
      return { published_by: "Caseload Check", licence: `Headlines: ${QUOTED}` };
    case "caseload_distribution_2021":
      return {
        published_by:
          row["derived"] === "true"
            ? "Caseload Check, derived from Department for Education figures (see method)"
            : "Department for Education",
        licence: OGL,
      };
  }
}

/** The CSV download of a table: every column as in data/, then published_by and licence. */
export function tableCsv(table: TableName): string {
  const rows = readTable(table);
  const fields = [...Object.keys(rows[0] ?? {}), "published_by", "licence"];
  const data = rows.map((r) => ({ ...r, ...rowTerms(table, r) }));
  return publishedCsv(
    fields,
    data.map((r) => fields.map((f) => (r as Record<string, string>)[f] ?? "")),
  );
}

/** The meta file of a table, with the fields that only some tables have. */
export type AnyMeta = Partial<TableMeta> & {
  title: string;
  columns: Record<string, string>;
  licence?: Record<string, string>;
  source_files?: string[];
};

/** A table's meta, typed loosely: the curated tables' metas name their licence differently. */
export const metaOf = (table: TableName): AnyMeta => tableMeta(table);

/** Column names of a table, in file order. */
export const columnsOf = (table: TableName): string[] => Object.keys(readTable(table)[0] ?? {});
