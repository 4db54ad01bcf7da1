/**
 * Typed reader for data/workforce_2022_release.csv (src/pipeline/release2022.ts): DfE's 2022 release of the
 * caseload, agency and vacancy rates, as published then, for England and every council row (2017-2022). Later
 * releases revised some earlier years; lib/domain/releases.ts decides which release a judgement uses.
 */
import { z } from "astro/zod";
import { readTable } from "./load.ts";

const value = z.string().regex(/^(\d+(\.\d+)?)?$/, "must be a number or blank");
const status = z.enum(["", "x", "z", "c", "u", "low"]);
const schema = z.object({
  release: z.literal("2022"),
  year: z.string().regex(/^20\d\d$/, "must be a year"),
  level: z.enum(["National", "Local authority"]),
  new_la_code: z.string(),
  la_name: z.string(),
  council_slug: z.string().regex(/^[a-z0-9-]+$/, "must be a slug"),
  caseload_fte: value,
  caseload_fte_status: status,
  agency_rate_fte: value,
  agency_rate_fte_status: status,
  vacancy_rate_fte: value,
  vacancy_rate_fte_status: status,
});

/** The measures the older release holds. */
const RELEASE_MEASURES = ["caseload_fte", "agency_rate_fte", "vacancy_rate_fte"] as const;
type ReleaseMeasure = (typeof RELEASE_MEASURES)[number];

let index: Map<string, z.infer<typeof schema>> | undefined;
const key = (slug: string, year: number): string => `${slug}|${String(year)}`;

function build(): Map<string, z.infer<typeof schema>> {
  const out = new Map<string, z.infer<typeof schema>>();
  readTable("workforce_2022_release").forEach((row, i) => {
    const r = schema.safeParse(row);
    if (!r.success) {
      const issue = r.error.issues[0];
      throw new Error(
        `data/workforce_2022_release.csv, line ${String(i + 2)}, column "${String(issue?.path[0] ?? "")}": ${issue?.message ?? "invalid row"}`,
      );
    }
    // A joint partner's `z` row must not hide the published row of the same council and year.
    if (!out.has(key(r.data.council_slug, Number(r.data.year))) || r.data.caseload_fte !== "")
      out.set(key(r.data.council_slug, Number(r.data.year)), r.data);
  });
  return out;
}

/** A council's (or "england"'s) value in the 2022 release: null with the symbol, or undefined when there is no row. */
export function release2022Value(
  slug: string,
  measure: string,
  year: number,
): { value: number | null; status: string } | undefined {
  if (!(RELEASE_MEASURES as readonly string[]).includes(measure)) return undefined;
  const row = (index ??= build()).get(key(slug, year));
  if (!row) return undefined;
  const m = measure as ReleaseMeasure;
  return { value: row[m] === "" ? null : Number(row[m]), status: row[`${m}_status`] };
}
