/** The council page's Ofsted history: every inspection's judgements as a grid ("ofsted-history"). */
import { pagePath } from "../council.ts";
import { possessive } from "../../lib/council/describe.ts";
import type { ChartSpec } from "../../lib/chart/types.ts";
import type { Council } from "../../lib/data/councils.ts";
import type { Inspection } from "../../lib/data/inspections.ts";
import { inspections as inspectionsOf } from "../../lib/council/model.ts";
import { gradeColor } from "../../lib/domain/grades.ts";
import { GRADE_SHORT_NOTE, gradeShort } from "../gradeText.ts";
import { longDate } from "../../lib/domain/format.ts";
import { OFSTED_SOURCE, D2I_SOURCE } from "../../lib/chart/sources.ts";
import { ofstedGrid, type GradeCell } from "./plot.ts";

/** Judgement columns under the frameworks' own names, in display order. */
const JUDGEMENTS: readonly { key: string; label: string }[] = [
  { key: "overall", label: "Overall effectiveness" },
  { key: "ilacs_impact_of_leaders", label: "Impact of leaders (ILACS)" },
  { key: "ilacs_help_and_protection", label: "Help and protection (ILACS)" },
  { key: "ilacs_children_in_care", label: "Children in care (ILACS)" },
  { key: "ilacs_care_leavers", label: "Care leavers (ILACS)" },
  { key: "sif_help_and_protection", label: "Help and protection (SIF)" },
  { key: "sif_looked_after_and_permanence", label: "Looked after, permanence (SIF)" },
  { key: "sif_adoption", label: "Adoption (SIF)" },
  { key: "sif_care_leavers", label: "Care leavers (SIF)" },
  { key: "sif_leadership", label: "Leadership (SIF)" },
  { key: "sif_lscb", label: "Safeguarding board (SIF)" },
];

/** The kind name of the Ofsted history chart (the council page puts the list of reports after it). */
export const OFSTED_HISTORY = "ofsted-history";

/** Column label of an inspection: "ILACS 2021", "SIF 2014", with a suffix where two share a year. */
function inspectionLabels(list: readonly Inspection[]): string[] {
  const short = (i: Inspection): string =>
    `${i.type.replace("ILACS standard", "ILACS").replace("ILACS short", "ILACS short").replace("SIF re-inspection", "SIF re-insp.")} ${i.publicationDate.slice(0, 4)}${i.source === "unofficial" ? "*" : ""}`;
  const labels = list.map(short);
  return labels.map((l, i) => (labels.indexOf(l) !== i ? `${l} (${String(i + 1)})` : l));
}

/** Every inspection with its sub-judgements. */
export function ofsted(c: Council): ChartSpec | null {
  const list = inspectionsOf(c.slug);
  if (list.length === 0) return null;
  const labels = inspectionLabels(list);
  const cells: GradeCell[] = [];
  list.forEach((i, n) => {
    for (const j of JUDGEMENTS) {
      const grade = j.key === "overall" ? i.overall : i.judgements[j.key];
      if (!grade) continue;
      cells.push({
        inspection: labels[n] ?? "",
        judgement: j.label,
        grade,
        letter: gradeShort(grade),
        color: gradeColor(grade),
      });
    }
  });
  const used = JUDGEMENTS.filter((j) => cells.some((x) => x.judgement === j.label)).map((j) => j.label);
  const latest = list.at(-1);
  const first = list[0];
  const description =
    latest && first
      ? `Ofsted has inspected ${c.name}'s children's services ${String(list.length)} time${list.length === 1 ? "" : "s"} since ${first.publicationDate.slice(0, 4)}. ` +
        list
          .map(
            (i) =>
              `${i.type} (published ${longDate(i.publicationDate)}): ${i.overall}${i.source === "unofficial" ? ", unofficial" : ""}.`,
          )
          .join(" ")
      : "";
  return {
    chart: OFSTED_HISTORY,
    scope: c.slug,
    title: `${possessive(c.name)} Ofsted inspections`,
    subtitle:
      "Overall effectiveness and each judgement, under the framework's own names: SIF (single inspection framework, 2013–2018) and ILACS (inspections of local authority children's services, from 2018)",
    description,
    notes: [
      `In the cells: ${GRADE_SHORT_NOTE}. Blank cells were not judged in that framework or inspection.`,
      "SIF and ILACS are different frameworks, so their grades compare only loosely. ILACS short inspections do not all judge every area.",
      ...(list.some((i) => i.source === "unofficial")
        ? [
            "* Unofficial: from Data to Insight's scrape of the Ofsted report, not yet in Ofsted's official statistics. Check the report.",
          ]
        : []),
    ],
    sources: [OFSTED_SOURCE, ...(list.some((i) => i.source === "unofficial") ? [D2I_SOURCE] : [])],
    columns: [
      { key: "inspection", label: "Inspection", format: "text" },
      { key: "publication_date", label: "Published", format: "date" },
      { key: "judgement", label: "Judgement", format: "text" },
      { key: "grade", label: "Grade", format: "text" },
      { key: "grade_status", label: "Official or unofficial", format: "text" },
    ],
    rows: cells.map((x) => {
      const i = list[labels.indexOf(x.inspection)];
      return {
        inspection: x.inspection,
        publication_date: i?.publicationDate ?? "",
        judgement: x.judgement,
        grade: x.grade,
        grade_status: i?.source ?? "",
      };
    }),
    plot: (width) => ofstedGrid(cells, { width, inspections: labels, judgements: used }),
    page: pagePath(c),
    ...(latest
      ? {
          headline: {
            value: latest.overall,
            label: `${possessive(c.name)} latest Ofsted grade (${latest.type}, ${latest.publicationDate.slice(0, 4)})`,
          },
        }
      : {}),
  };
}
