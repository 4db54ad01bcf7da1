/**
 * A council's story kit: the few sentences a reporter could lift, each computed from the data (the trend against
 * England, the place among its statistical neighbours, the latest Ofsted grade and the count in force at it), and
 * the caveats that must travel with them (what the average is, joint return, small return, years with no figure,
 * reorganisation). One rule each, reused: describeTrend, rankWithTies, countInForce, isSmallCouncil, SMALL_NOTE.
 */
import { getCouncil, type Council } from "../data/councils.ts";
import { latestInspection } from "../data/inspections.ts";
import { englandSeries, seriesFor, SYMBOLS, type SeriesPoint } from "../data/workforce.ts";
import { describeTrend } from "../council/describe.ts";
import { jointWith, neighbours } from "../council/model.ts";
import { countInForce } from "../domain/counts.ts";
import { dp1, listJoin, longDate } from "../domain/format.ts";
import { rankText, rankWithTies } from "../domain/rank.ts";
import { isSmallCouncil, SMALL_NOTE } from "../domain/small.ts";

/** What the kit prints: sentences to lift, and the caveats that go with them. */
export interface StoryKit {
  sentences: string[];
  caveats: string[];
}

const MEASURE = "caseload_fte";
const latestNumber = (pts: readonly SeriesPoint[]): (SeriesPoint & { value: number }) | undefined =>
  pts.filter((p): p is SeriesPoint & { value: number } => p.value !== null).at(-1);
const names = (slugs: readonly string[]): string => listJoin(slugs.map((s) => getCouncil(s)?.name ?? s));

/** "… was 3rd highest of 11: it and its 10 statistical neighbours with a 2025 figure (median 15.1) …" */
function neighbourSentence(c: Council, year: number, own: number): string {
  // A joint return is one figure: the council's own row, or a neighbour sharing a row, counts once.
  const seen = new Set(
    seriesFor(c.slug, MEASURE)
      .filter((p) => p.year === year)
      .map((p) => p.la_name),
  );
  const values: number[] = [];
  const small: string[] = [];
  for (const n of neighbours(c)) {
    const p = seriesFor(n.slug, MEASURE).find((q) => q.year === year);
    if (p?.value == null || seen.has(p.la_name)) continue;
    seen.add(p.la_name);
    if (isSmallCouncil(n.slug, year)) small.push(n.name);
    else values.push(p.value);
  }
  if (values.length === 0) return "";
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted[Math.floor(sorted.length / 2)] ?? own;
  const rank = rankWithTies([own, ...values], own, own < middle ? "lowest" : "highest");
  const range = `${dp1(sorted[0] ?? own)} to ${dp1(sorted.at(-1) ?? own)}`;
  const left = small.length > 0 ? ` (${listJoin(small)} left out: ${SMALL_NOTE})` : "";
  return `Among ${c.name} and its ${String(values.length)} statistical neighbours with a ${String(year)} figure${left}, it was ${rank.place === 1 && rank.tied === 1 ? `the ${rank.order} of ${String(rank.total)}` : rankText(rank)} (neighbours ranged from ${range}).`;
}

/** The latest grade, official or not, and the caseload at the last count before it (countInForce). */
function gradeSentence(c: Council): string {
  const g = latestInspection(c.slug);
  if (!g) return `Ofsted has not graded ${c.name}'s children's services under the frameworks held here.`;
  const mark =
    g.source === "unofficial"
      ? "unofficial: Data to Insight's reading of the report, not yet in Ofsted's statistics"
      : "official";
  let text = `Ofsted's latest grade is ${g.overall} (${g.type} inspection, published ${longDate(g.publicationDate)}; ${mark}).`;
  const year = countInForce(g.inspectionDate ?? g.publicationDate);
  const at = year === null ? undefined : seriesFor(c.slug, MEASURE).find((p) => p.year === year);
  if (year !== null && at?.value != null)
    text += ` The count in force when inspectors arrived (30 September ${String(year)}) put the average caseload at ${dp1(at.value)}.`;
  return text;
}

function caveats(c: Council, pts: readonly SeriesPoint[], latestYear: number | null): string[] {
  const out = [
    "The figure is DfE's council-wide average at 30 September: cases held per full-time-equivalent case-holding social worker, agency staff included. It is not a team's or a person's caseload.",
  ];
  const joint = pts.find((p) => p.joint);
  if (joint)
    out.push(
      `Joint return: DfE publishes one figure for ${c.name} and ${jointWith(joint.la_name, c.slug)}; it covers both councils.`,
    );
  if (latestYear !== null && isSmallCouncil(c.slug, latestYear)) out.push(`Small return: ${SMALL_NOTE}.`);
  const gaps = pts.filter((p) => p.value === null);
  if (gaps.length > 0)
    out.push(
      `No figure for ${listJoin(gaps.map((p) => `${String(p.year)} (${p.status}: ${SYMBOLS[p.status] ?? "not published"})`))}.`,
    );
  if (c.status === "former" && c.validTo)
    out.push(
      `Reorganised: ${c.name} was abolished on ${longDate(c.validTo)}; its area is now served by ${names(c.successors)}.`,
    );
  if (c.predecessors.length > 0)
    out.push(
      `Reorganised: ${c.name} has existed since ${c.validFrom ? longDate(c.validFrom) : "its vesting day"}; earlier figures are ${names(c.predecessors)}'s, for a different area, so compare from ${String(pts[0]?.year ?? "")} only.`,
    );
  return out;
}

/** The kit for one council. */
export function storyKit(c: Council): StoryKit {
  const pts = seriesFor(c.slug, MEASURE);
  const last = latestNumber(pts);
  const trend = describeTrend({ name: c.name, points: pts }, "average caseload", "cases", {
    name: "England",
    points: englandSeries(MEASURE),
  });
  const sentences = [trend, last ? neighbourSentence(c, last.year, last.value) : "", gradeSentence(c)];
  return { sentences: sentences.filter(Boolean), caveats: caveats(c, pts, last?.year ?? null) };
}
