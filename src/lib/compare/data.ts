/**
 * Build-time: a council's comparison data (the JSON the compare page and its script read), its prerendered sets
 * (the council with its three nearest statistical neighbours) and the notes on joint returns and reorganisations.
 */
import { currentCouncils, getCouncil, type Council } from "../data/councils.ts";
import { contextFor, type ContextMeasure } from "../data/context.ts";
import { inspectionsFor } from "../data/inspections.ts";
import { seriesFor, type Measure } from "../data/workforce.ts";
import { listJoin } from "../domain/format.ts";
import { COMPARE_MEASURES, type CompareCouncil, type Point } from "./model.ts";

const WORKFORCE: readonly string[] = ["caseload_fte", "agency_rate_fte", "vacancy_rate_fte", "turnover_rate_fte"];
const nameOf = (slug: string): string => getCouncil(slug)?.name ?? slug;

/** The other names of a joint row ("Kingston upon Thames / Richmond upon Thames" less the council's own). */
const partners = (laName: string, own: string): string =>
  laName
    .split(" / ")
    .filter((n) => n.trim() !== own)
    .join(" and ");

function series(c: Council, key: string): Point[] {
  if (WORKFORCE.includes(key))
    return seriesFor(c.slug, key as Measure).map((p) => [
      p.year,
      p.value,
      p.status,
      p.joint ? partners(p.la_name, c.name) : "",
    ]);
  return contextFor(c.slug).map((r) => {
    const v = r.values[key as ContextMeasure];
    return [r.year, v.value, v.status, r.joint ? partners(r.laName, c.name) : ""];
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
      `${c.name}'s ONS code changed (${later.join(", ")}); DfE's series continues under the same council number.`,
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

/** The JSON for one council. */
export function compareCouncil(c: Council): CompareCouncil {
  return {
    slug: c.slug,
    name: c.name,
    grades: inspectionsFor(c.slug).map((i) => [i.publicationDate, i.overall, i.source]),
    notes: councilNotes(c),
    series: Object.fromEntries(COMPARE_MEASURES.map((m) => [m.key, series(c, m.key)])),
  };
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
