/**
 * What the compare page knows about one council, in the shape of /compare/data/<slug>.json. Pure: no data reads,
 * so the build and the browser script draw and word a comparison with the same code.
 */
import { listJoin } from "../domain/format.ts";

/**
 * One year: [year, value or null, the value as printed ("15.2", "30.5%"; for a null, the DfE symbol and its
 * reason, "x: not available"), joint partner names ("" when not joint)]. Printed at build time (one rounding rule).
 */
export type Point = [number, number | null, string, string];

/** One council's comparison data. */
export interface CompareCouncil {
  slug: string;
  name: string;
  /**
   * Ofsted overall grades: [publication date, grade, "official" | "unofficial", letter as drawn ("RI", or "RI*" for an
   * unofficial record)], oldest first.
   */
  grades: [string, string, string, string][];
  /** Reorganisation and code-change notes, each a sentence. */
  notes: string[];
  /** Series by measure key. */
  series: Record<string, Point[]>;
}

/** A measure compared: its key, its label, and whether it is a percentage. */
export interface CompareMeasure {
  key: string;
  label: string;
  pct: boolean;
}

/** The measures compared: the four official ones, then the reality-check measures where they exist. */
export const COMPARE_MEASURES: readonly CompareMeasure[] = [
  { key: "caseload_fte", label: "Average caseload (cases per case-holding social worker, FTE)", pct: false },
  { key: "agency_rate_fte", label: "Agency worker rate (%)", pct: true },
  { key: "vacancy_rate_fte", label: "Vacancy rate (%)", pct: true },
  { key: "turnover_rate_fte", label: "Turnover rate (%)", pct: true },
  { key: "cin_per_case_holder_fte", label: "Children in need per case holder (reality check)", pct: false },
  { key: "case_holder_share", label: "Share of social workers holding cases (%, reality check)", pct: true },
];

/** A point's value as printed, or "no return" when the council has no row that year. */
export const cellText = (p: Point | undefined): string => p?.[2] ?? "no return";

/** The latest year any of these councils has a row for, in a measure's series. */
const latestYear = (cs: readonly CompareCouncil[], key: string): number =>
  Math.max(0, ...cs.flatMap((c) => (c.series[key] ?? []).map((p) => p[0])));

interface Group {
  names: string[];
  value: number;
  text: string;
  joint: string;
}

/** Councils with a figure in year y, joint returns within the set merged into one group. */
function groups(cs: readonly CompareCouncil[], y: number): Group[] {
  const out: Group[] = [];
  for (const c of cs) {
    const p = c.series["caseload_fte"]?.find((q) => q[0] === y);
    if (!p || p[1] === null) continue;
    const same = p[3] ? out.find((g) => g.joint !== "" && g.value === p[1] && g.joint.includes(c.name)) : undefined;
    if (same) same.names.push(c.name);
    else out.push({ names: [c.name], value: p[1], text: p[2], joint: p[3] ? `${c.name} / ${p[3]}` : "" });
  }
  return out.sort((a, b) => b.value - a.value);
}

const groupName = (g: Group): string =>
  g.names.length > 1 ? `${listJoin(g.names)} (one joint return)` : (g.names[0] ?? "");

/** The headline: which council has the highest caseload in the latest year, against the others. */
function headline(gs: Group[], y: number, n: number): string {
  const [top, ...rest] = gs;
  if (!top) return `None of these councils has a published average caseload for 30 September ${y}.`;
  const at = `In DfE's figures for 30 September ${y}`;
  if (rest.length === 0)
    return `${at}, only ${groupName(top)} has a published average caseload: ${top.text} cases per social worker.`;
  if (rest.every((g) => g.value === top.value))
    return `${at}, ${listJoin(gs.map(groupName))} had the same average caseload: ${top.text} cases per social worker.`;
  const others = listJoin(rest.map((g) => `${g.text} in ${groupName(g)}`));
  const of = n > 2 ? ` of these ${n === 3 ? "three" : "four"} councils` : "";
  return `${at}, ${groupName(top)} had the highest average caseload${of}, ${top.text} cases per social worker, against ${others}.`;
}

/** Caveats a reporter must carry: missing or suppressed figures, joint returns with councils outside the set. */
function caveats(cs: readonly CompareCouncil[], y: number): string[] {
  const out: string[] = [];
  for (const c of cs) {
    const p = c.series["caseload_fte"]?.find((q) => q[0] === y);
    if (!p) out.push(`${c.name} has no return for ${y}.`);
    else if (p[1] === null) out.push(`${c.name}'s ${y} figure is not published (${p[2]}), not zero.`);
    else if (p[3] && !cs.some((o) => o !== c && p[3].includes(o.name)))
      out.push(`${c.name}'s figure is a joint return with ${p[3]}: one figure for both councils.`);
  }
  return out;
}

/** The latest grade of each council, as a clause. */
function gradeLine(cs: readonly CompareCouncil[]): string {
  const parts = cs.flatMap((c) => {
    const g = c.grades.at(-1);
    return g ? [`${c.name} ${g[1]} (${g[0].slice(0, 4)}${g[2] === "official" ? "" : ", unofficial record"})`] : [];
  });
  return parts.length ? `Latest Ofsted grades: ${listJoin(parts)}.` : "";
}

/** The sentences a reporter would write about these councils' caseloads, from the data, caveats included. */
export function reporterSentence(cs: readonly CompareCouncil[]): string {
  const y = latestYear(cs, "caseload_fte");
  const notes = [...new Set(cs.flatMap((c) => c.notes))];
  return [headline(groups(cs, y), y, cs.length), ...caveats(cs, y), ...notes, gradeLine(cs)]
    .filter((s) => s !== "")
    .join(" ");
}
