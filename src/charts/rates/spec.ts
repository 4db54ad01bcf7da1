/** The council page's workforce rates: agency, vacancy and turnover against England ("workforce-rates"). */
import { pagePath } from "../council.ts";
import { describeTrend } from "../../lib/council/describe.ts";
import { getCouncil } from "../../lib/data/councils.ts";
import type { ChartSpec } from "../../lib/chart/types.ts";
import type { Council } from "../../lib/data/councils.ts";
import { englandSeries, seriesFor, type Measure } from "../../lib/data/workforce.ts";
import { flagText } from "../../lib/council/model.ts";
import { possessive } from "../../lib/council/describe.ts";
import { dp1, listJoin } from "../../lib/domain/format.ts";
import { DFE_SOURCE } from "../../lib/chart/sources.ts";
import { implausibleAt } from "../../lib/domain/plausibility.ts";
import { workforceRates, type RateRow } from "./plot.ts";

/** A series with its implausible published values (see plausibility.ts) taken out: null, status IMPLAUSIBLE. */
const IMPLAUSIBLE = "!";
function checked(slug: string, key: Measure): { points: ReturnType<typeof seriesFor>; reasons: Map<number, string> } {
  const reasons = new Map<number, string>();
  const points = seriesFor(slug, key).map((p) => {
    const why = p.value === null ? null : implausibleAt(slug, p.year, key);
    if (why === null) return p;
    reasons.set(p.year, `published as ${dp1(p.value ?? 0)}% but not shown: ${why}`);
    return { ...p, value: null, status: IMPLAUSIBLE };
  });
  return { points, reasons };
}

/** Chart kind of the rates panel; the council page puts its reality-check panel just before it. */
export const WORKFORCE_RATES = "workforce-rates";

const RATES: readonly { key: Measure; label: string; phrase: string }[] = [
  { key: "agency_rate_fte", label: "Agency", phrase: "agency worker rate" },
  { key: "vacancy_rate_fte", label: "Vacancies", phrase: "vacancy rate" },
  { key: "turnover_rate_fte", label: "Turnover", phrase: "turnover rate" },
];

/** Agency, vacancy and turnover rates against England. */
export function rates(c: Council, years: [number, number]): ChartSpec {
  const rows: RateRow[] = [];
  const notes: string[] = [];
  const descs: string[] = [];
  const flagged: { key: string; text: string }[] = [];
  for (const m of RATES) {
    const { points: own, reasons } = checked(c.slug, m.key);
    const eng = englandSeries(m.key);
    for (const p of own) {
      rows.push({
        measure: m.label,
        series: c.name,
        role: "council",
        year: p.year,
        value: p.value,
        status: p.status,
        joint: p.joint,
      });
      const f = reasons.get(p.year) ?? flagText(p, c.slug);
      if (f) flagged.push({ key: `${m.label}|${c.name}|${String(p.year)}`, text: f });
    }
    for (const pred of c.predecessors) {
      const pc = getCouncil(pred);
      if (!pc) continue;
      const checkedPred = checked(pred, m.key);
      for (const p of checkedPred.points) {
        rows.push({
          measure: m.label,
          series: pc.name,
          role: "predecessor",
          year: p.year,
          value: p.value,
          status: p.status,
          joint: p.joint,
        });
        const f = checkedPred.reasons.get(p.year) ?? flagText(p, pred);
        if (f) flagged.push({ key: `${m.label}|${pc.name}|${String(p.year)}`, text: f });
      }
    }
    for (const p of eng)
      rows.push({
        measure: m.label,
        series: "England",
        role: "england",
        year: p.year,
        value: p.value,
        status: p.status,
        joint: false,
      });
    // An implausible value is left out of the words altogether (the notes say why), never narrated as a rate.
    const told = own.filter((p) => p.status !== IMPLAUSIBLE);
    descs.push(describeTrend({ name: c.name, points: told }, m.phrase, "percent", { name: "England", points: eng }));
  }
  const flagMap = new Map(flagged.map((f) => [f.key, f.text]));
  if (rows.some((r) => r.joint && r.role === "council"))
    notes.push("Hollow points are joint returns (one figure for two councils).");
  const gaps = rows.filter((r) => r.value === null && r.role !== "england");
  const unpublished = gaps.filter((g) => g.status !== IMPLAUSIBLE);
  const where = (g: RateRow): string =>
    `${g.measure.toLowerCase()} ${String(g.year)}${g.role === "predecessor" ? ` (${g.series})` : ""}`;
  const flagOf = (g: RateRow): string => flagMap.get(`${g.measure}|${g.series}|${String(g.year)}`) ?? "";
  if (unpublished.length > 0) {
    notes.push(
      `No figure published for: ${listJoin(
        unpublished.map(
          (g) => `${where(g)} (${g.status}: ${flagOf(g).split(": ")[1]?.split(";")[0] ?? "not published"})`,
        ),
      )}. The symbol is printed at the foot of the panel.`,
    );
  }
  for (const g of gaps.filter((x) => x.status === IMPLAUSIBLE))
    notes.push(
      `${where(g).replace(/^./, (ch) => ch.toUpperCase())} ${flagOf(g)}; marked “${IMPLAUSIBLE}” at the foot of the panel.`,
    );
  if (c.predecessors.length > 0)
    notes.push(
      `Dashed: ${listJoin(c.predecessors.map((p) => getCouncil(p)?.name ?? p))}, before ${c.name} was created.`,
    );
  notes.push(
    "Agency rate: agency workers as a share of all social workers (FTE). Vacancy rate: vacancies as a share of vacancies plus staff in post. Turnover: leavers in the year to 30 September as a share of staff in post.",
  );
  return {
    chart: WORKFORCE_RATES,
    scope: c.slug,
    title: `${possessive(c.name)} agency, vacancy and turnover rates`,
    subtitle: "Per cent of full-time-equivalent children's social workers at 30 September, against England",
    description: descs.join(" "),
    notes,
    sources: [DFE_SOURCE],
    columns: [
      { key: "measure", label: "Measure", format: "text" },
      { key: "series", label: "Series", format: "text" },
      { key: "time_period", label: "Year (30 Sept)", format: "text" },
      { key: "rate", label: "Rate (%)", format: "dp1" },
      { key: "note", label: "Note", format: "text" },
    ],
    rows: rows.map((r) => ({
      measure: r.measure,
      series: r.series,
      time_period: r.year,
      rate: r.value,
      note: flagMap.get(`${r.measure}|${r.series}|${String(r.year)}`) ?? "",
    })),
    plot: (width) => workforceRates(rows, { width, measures: RATES.map((m) => m.label), years }),
    key: [
      { label: c.name, color: "var(--color-council)", shape: "line" },
      ...(c.predecessors.length > 0
        ? [{ label: "Predecessor council", color: "var(--color-council)", shape: "dash" as const }]
        : []),
      { label: "England", color: "var(--color-england)", shape: "line" },
    ],
    page: pagePath(c),
  };
}
