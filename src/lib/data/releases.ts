/**
 * Typed reader for data/workforce_vintages.csv (src/pipeline/vintages.ts): DfE's 2022 release of the workforce
 * series, as published then, for England and every council (2017-2022), one row per council, year and measure.
 * Later releases revised some earlier years; lib/domain/releases.ts decides which release a judgement uses, and
 * workforceReleases.ts compares the releases for the council feeds.
 */
import { z } from "astro/zod";
import { list, readTable } from "./load.ts";

const schema = z.object({
  release: z.literal("2022"),
  year: z.string().regex(/^20\d\d$/, "must be a year"),
  la_name: z.string(),
  old_la_code: z.string().regex(/^(\d{3})?$/, "must be a 3-digit DfE code or blank (England)"),
  council_slugs: z.string().regex(/^[a-z0-9-]+(;[a-z0-9-]+)*$/, "must be slugs separated by semicolons"),
  joint: z.enum(["true", "false"]),
  measure: z.string().regex(/^[a-z_]+$/, "must be a column name"),
  value: z.string().regex(/^(\d+(\.\d+)?)?$/, "must be a number or blank"),
  status: z.enum(["", "x", "z", "c", "u", "low"]),
});
/** One row of the older release. */
export type VintageRow = z.infer<typeof schema>;

let rows: VintageRow[] | undefined;

/** Every row of the older release, checked against the schema (bad cells stop the build with line and column). */
export function vintageRows(): readonly VintageRow[] {
  rows ??= readTable("workforce_vintages").map((row, i) => {
    const r = schema.safeParse(row);
    if (!r.success) {
      const issue = r.error.issues[0];
      throw new Error(
        `data/workforce_vintages.csv, line ${String(i + 2)}, column "${String(issue?.path[0] ?? "")}": ${issue?.message ?? "invalid row"}`,
      );
    }
    return r.data;
  });
  return rows;
}

let index: Map<string, VintageRow> | undefined;
const key = (slug: string, measure: string, year: number): string => `${slug}|${measure}|${String(year)}`;

/** A council's (or "england"'s) value in the 2022 release: null with the symbol, or undefined when there is no row. */
export function release2022Value(
  slug: string,
  measure: string,
  year: number,
): { value: number | null; status: string } | undefined {
  index ??= new Map(
    vintageRows().flatMap((r) => list(r.council_slugs).map((s) => [key(s, r.measure, Number(r.year)), r] as const)),
  );
  const row = index.get(key(slug, measure, year));
  return row && { value: row.value === "" ? null : Number(row.value), status: row.status };
}
