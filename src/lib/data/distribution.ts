/**
 * Typed reader for data/caseload_distribution_2021.csv (written by src/pipeline/context/distribution.ts): DfE's
 * 2021 distribution of cases held per FTE, validated with zod as it is read.
 */
import { z } from "astro/zod";
import { readTable } from "./load.ts";
import { allTestimony } from "./reported.ts";

const numberOrNull = z.string().transform((s, ctx) => {
  if (s === "") return null;
  const n = Number(s);
  if (!Number.isFinite(n)) {
    ctx.addIssue({ code: "custom", message: `"${s}" is not a number` });
    return z.NEVER;
  }
  return n;
});
const bool = z.enum(["true", "false"]).transform((s) => s === "true");

const rowSchema = z.object({
  time_period: z.literal("2021"),
  row_kind: z.enum(["group", "excluded", "national average"]),
  cases_held_per_fte: z.string().min(1),
  cases_per_fte_from: numberOrNull,
  cases_per_fte_to: numberOrNull,
  to_inclusive: z.enum(["true", "false", ""]),
  total_fte: numberOrNull,
  proportion: numberOrNull,
  headcount: numberOrNull,
  cases: numberOrNull,
  caseload_fte: numberOrNull,
  derived: bool,
  method: z.string().min(1),
});

/** A group row's number, which the pipeline always writes. */
const need = (n: number | null, column: string): number => {
  if (n === null) throw new Error(`data/caseload_distribution_2021.csv: a group row has no ${column}`);
  return n;
};

/** One band of cases per FTE. */
interface CaseloadGroup {
  /** DfE's label, e.g. "20 - <25 Cases per FTE". */
  label: string;
  /** Lower end (inclusive). */
  from: number;
  /** Upper end: below it, or up to and including it when `toInclusive`. */
  to: number;
  toInclusive: boolean;
  /** Case-holding FTE in the band. */
  fte: number;
  /** Share of counted case-holding FTE, %. */
  proportion: number;
  /** Computed by the pipeline, not published by DfE: say so wherever it is shown. */
  derived: boolean;
  method: string;
}

/** Workers DfE left out of the groups (the page's footnotes). */
interface ExcludedWorkers {
  label: string;
  fte: number | null;
  headcount: number | null;
  cases: number | null;
  /** DfE's footnote, in substance. */
  method: string;
}

/** The whole 2021 distribution. */
export interface Distribution2021 {
  groups: CaseloadGroup[];
  noCases: ExcludedWorkers;
  zeroFte: ExcludedWorkers;
  over50: ExcludedWorkers;
  /** England's 2021 average caseload and case-holding FTE (workforce.csv). */
  average: { caseloadFte: number; caseHoldersFte: number; cases: number };
}

let cached: Distribution2021 | undefined;

function parseRows(): z.infer<typeof rowSchema>[] {
  return readTable("caseload_distribution_2021").map((r, i) => {
    const res = rowSchema.safeParse(r);
    if (!res.success) {
      const issue = res.error.issues[0];
      throw new Error(
        `data/caseload_distribution_2021.csv line ${String(i + 2)}, column "${String(issue?.path[0] ?? "")}": ${issue?.message ?? "invalid"}`,
      );
    }
    return res.data;
  });
}

const excluded = (rows: z.infer<typeof rowSchema>[], index: number): ExcludedWorkers => {
  const r = rows.filter((x) => x.row_kind === "excluded")[index];
  if (!r) throw new Error("data/caseload_distribution_2021.csv: an excluded-workers row is missing");
  return { label: r.cases_held_per_fte, fte: r.total_fte, headcount: r.headcount, cases: r.cases, method: r.method };
};

/** The 2021 distribution: six groups in order (the last derived), the excluded workers and the average. */
export function distribution2021(): Distribution2021 {
  if (cached) return cached;
  const rows = parseRows();
  const groups = rows
    .filter((r) => r.row_kind === "group")
    .map(
      (g): CaseloadGroup => ({
        label: g.cases_held_per_fte,
        from: need(g.cases_per_fte_from, "cases_per_fte_from"),
        to: need(g.cases_per_fte_to, "cases_per_fte_to"),
        toInclusive: g.to_inclusive === "true",
        fte: need(g.total_fte, "total_fte"),
        proportion: need(g.proportion, "proportion"),
        derived: g.derived,
        method: g.method,
      }),
    );
  const avg = rows.find((r) => r.row_kind === "national average");
  if (!avg || avg.caseload_fte === null || avg.total_fte === null || avg.cases === null)
    throw new Error("data/caseload_distribution_2021.csv: the national average row is missing");
  cached = {
    groups,
    noCases: excluded(rows, 0),
    zeroFte: excluded(rows, 1),
    over50: excluded(rows, 2),
    average: { caseloadFte: avg.caseload_fte, caseHoldersFte: avg.total_fte, cases: avg.cases },
  };
  return cached;
}

/** Share of counted case-holding FTE (%) in groups starting at or above `from` (e.g. 20 -> 20 or more per FTE). */
export const shareAtOrAbove = (d: Distribution2021, from: number): number =>
  d.groups.filter((g) => g.from >= from).reduce((n, g) => n + g.proportion, 0);

/** A caseload a practitioner described (testimony with a figure): per person, in their own words. */
export interface PractitionerFigure {
  id: string;
  /** Commenter name as published (submitted figures have none). */
  name: string;
  date: string;
  year: number;
  low: number;
  high: number;
  quote: string;
  sourceId: string;
}

/** Every testimony row that states a caseload, lowest first. */
export const practitionerFigures = (): PractitionerFigure[] =>
  allTestimony()
    .flatMap((t): PractitionerFigure[] => {
      const low = t.caseloadLow ?? t.caseloadHigh;
      const high = t.caseloadHigh ?? t.caseloadLow;
      if (low === null || high === null) return [];
      const { id, date, quote, sourceId } = t;
      // Figures sent to the editors are published without names.
      const name = t.kind === "submitted" ? "A social worker (sent to us)" : t.name;
      return [{ id, name, date, year: Number(date.slice(0, 4)), low, high, quote, sourceId }];
    })
    .sort((a, b) => a.low - b.low || a.high - b.high || (a.id < b.id ? -1 : 1));
