/**
 * Build-time: a council's comparison data (the JSON the compare page and its script read), its prerendered sets
 * (the council with its three nearest statistical neighbours) and the notes on joint returns and reorganisations.
 */
import { currentCouncils, getCouncil, type Council } from "../data/councils.ts";
import { contextFor, type ContextMeasure } from "../data/context.ts";
import { inspectionsFor } from "../data/inspections.ts";
import { seriesFor, SYMBOLS, type Measure } from "../data/workforce.ts";
import { dp1, listJoin } from "../domain/format.ts";
import { gradeLetter } from "../domain/grades.ts";
import { COMPARE_MEASURES, type CompareCouncil, type Point } from "./model.ts";

const WORKFORCE: readonly string[] = ["caseload_fte", "agency_rate_fte", "vacancy_rate_fte", "turnover_rate_fte"];
const nameOf = (slug: string): string => getCouncil(slug)?.name ?? slug;

/** The other names of a joint row ("Kingston upon Thames / Richmond upon Thames" less the council's own). */
const partners = (laName: string, own: string): string =>
  laName
    .split(" / ")
    .filter((n) => n.trim() !== own)
    .join(" and ");

/** A value as the site prints it, or the DfE symbol with its reason (never 0). */
const printed = (value: number | null, status: string, pct: boolean): string =>
  value === null ? `${status || "–"}: ${SYMBOLS[status] ?? "not published"}` : `${dp1(value)}${pct ? "%" : ""}`;

function series(c: Council, key: string, pct: boolean): Point[] {
  if (WORKFORCE.includes(key))
    return seriesFor(c.slug, key as Measure).map((p) => [
      p.year,
      p.value,
      printed(p.value, p.status, pct),
      p.joint ? partners(p.la_name, c.name) : "",
    ]);
  return contextFor(c.slug).map((r) => {
    const v = r.values[key as ContextMeasure];
    return [r.year, v.value, printed(v.value, v.status, pct), r.joint ? partners(r.laName, c.name) : ""];
  });
}

/** Reorganisation, code-change and joint-return notes, each a sentence. */
export function councilNotes(c: Council): string[] {
  const notes: string[] = [];
  if (c.predecessors.length > 0 && c.validFrom)
    notes.push(
      `${c.name} was created in ${c.validFrom.slice(0, 4)} from ${listJoin(c.predecessors.map(nameOf))}; its series starts then (earlier figures are the predecessor's and are not joined on).`,
    );
  if (c.onsCodes.length > 1) {
    const later = c.onsCodes.slice(1).map((o) => `${o.code} from ${String(o.from ?? "")}`);
    notes.push(
      `${c.name}'s area code (Office for National Statistics) changed (${later.join(", ")}); the Department for Education's series continues under the same council number.`,
    );
  }
  if (c.successors.length > 0 && c.validTo)
    notes.push(
      `${c.name} was abolished in ${c.validTo.slice(0, 4)} (now ${listJoin(c.successors.map(nameOf))}); its series ends then.`,
    );
  if (c.jointPartners.length > 0) {
    const all = [c.name, ...c.jointPartners.map(nameOf)].sort((a, b) => a.localeCompare(b, "en-GB"));
    notes.push(`${listJoin(all)} make one joint workforce return in some years: one figure for both.`);
  }
  return notes;
}

const cache = new Map<string, CompareCouncil>();
/** The JSON for one council (built once per build). */
export function compareCouncil(c: Council): CompareCouncil {
  const hit = cache.get(c.slug);
  if (hit) return hit;
  const out: CompareCouncil = {
    slug: c.slug,
    name: c.name,
    grades: inspectionsFor(c.slug).map((i) => [
      i.publicationDate,
      i.overall,
      i.source,
      gradeLetter(i.overall) + (i.source === "official" ? "" : "*"),
    ]),
    notes: councilNotes(c),
    series: Object.fromEntries(COMPARE_MEASURES.map((m) => [m.key, series(c, m.key, m.pct)])),
  };
  cache.set(c.slug, out);
  return out;
}

/** The prerendered set of a current council: itself and its three nearest statistical neighbours. */
export const neighbourSet = (c: Council): Council[] => [
  c,
  ...c.statNeighbours
    .map((s) => getCouncil(s))
    .filter((x): x is Council => x !== undefined)
    .slice(0, 3),
];

/** Current councils: each has a prerendered set. Former councils (allCouncils) have a JSON file too. */
export const prerenderedCouncils = (): readonly Council[] => currentCouncils();
