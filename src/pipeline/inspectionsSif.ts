/**
 * SIF inspections (first SIF 2014-2017, SIF re-inspection 2016-2018) from Ofsted's 2023 LA_inspections sheet.
 * The sheet has no code column: names go through the explicit SIF_ALIASES table; an unknown name stops.
 */
import type { Table } from "./lib/csv.ts";
import { PipelineError } from "./lib/errors.ts";
import { cell, text } from "./lib/cells.ts";
import { parseGrade, parseOptionalGrade, parseIsoDate } from "./lib/values.ts";
import type { Registry } from "./councils.ts";
import {
  INSPECTION_COLUMNS,
  addRow,
  checkDates,
  inspectionId,
  reportLink,
  type InspectionRow,
  type Parsed,
} from "./inspectionsIlacs.ts";

const FIRST = "Single Inspection of LA Children's Services (SIF) First SIF publication date";
const RE = "Single Inspection of LA Children's Services (SIF) SIF Re-inspection publication date";

/** The SIF blocks: type, date column, column prefix for judgements, and whether LSCB was judged. */
const BLOCKS = [
  { type: "SIF", date: FIRST, p: "First SIF", lscb: "LSCB Overall Effectiveness" },
  { type: "SIF re-inspection", date: RE, p: "SIF Re-inspection", lscb: "" },
] as const;

/** Blocks of earlier or later frameworks in the same sheet, excluded with these reasons. */
const OTHER_BLOCKS: readonly { dates: readonly string[]; reason: string }[] = [
  {
    dates: [
      "Safeguarding & Looked After Children (SLAC) Inspection publication date",
      "SLAC re-inspection of Safeguarding publication date",
      "SLAC re-inspection of services for Children Looked After publication date",
      "Child Protection Inspections (CPI) publication date",
      "Child Protection Re-Inspection (CPRI) publication date",
      "Targeted Looked After Children (TLAC) inspection publication date",
    ],
    reason: "pre-2013 framework (SLAC, CPI/CPRI, TLAC): judged on a different scale, not comparable with SIF or ILACS",
  },
  {
    dates: ["First ILACS framework publication date", "Second ILACS framework publication date"],
    reason: "ILACS block duplicates the official 2025 ILACS history, which is kept instead",
  },
];

/** Columns the SIF parser needs. */
export const SIF_REQUIRED = ["table", "Local authority name", FIRST, RE, "Web link URL"] as const;

/** Parse every SIF block of every row into inspection rows. */
export function parseSif(t: Table, reg: Registry, aliases: Readonly<Record<string, string>>): Parsed {
  const out: Parsed = { rows: [], excluded: new Map() };
  t.rows.forEach((_, i) => {
    const name = text(t, i, "Local authority name");
    const key = text(t, i, "table").startsWith("Table 11") ? `Table 11|${name}` : name;
    const slug = aliases[key];
    if (slug === undefined)
      throw new PipelineError(
        t.file,
        t.lines[i] ?? null,
        "Local authority name",
        `"${name}" is not in the SIF alias table (src/pipeline/sifAliases.ts)`,
      );
    if (!reg.bySlug.has(slug))
      throw new PipelineError(
        t.file,
        t.lines[i] ?? null,
        "Local authority name",
        `alias "${name}" points to unknown council "${slug}"`,
      );
    for (const o of OTHER_BLOCKS) {
      const n = o.dates.filter((d) => text(t, i, d) !== "").length;
      if (n > 0) out.excluded.set(o.reason, (out.excluded.get(o.reason) ?? 0) + n);
    }
    for (const b of BLOCKS) {
      if (text(t, i, b.date) === "" && text(t, i, `${b.p} Overall Judgement (OE)`) === "") continue; // not inspected
      const r = Object.fromEntries(INSPECTION_COLUMNS.map((c) => [c, ""])) as InspectionRow;
      r.council_slug = slug;
      r.framework = "SIF";
      r.type = b.type;
      r.publication_date = cell(t, i, b.date, parseIsoDate); // the sheet gives publication dates only
      r.overall = cell(t, i, `${b.p} Overall Judgement (OE)`, parseGrade);
      r.sif_help_and_protection = cell(t, i, `${b.p} children who need help and protection`, parseOptionalGrade);
      r.sif_looked_after_and_permanence = cell(
        t,
        i,
        `${b.p} children looked after and achieving permanence`,
        parseOptionalGrade,
      );
      r.sif_adoption = cell(t, i, `${b.p} CLA Sub: Adoption Performance`, parseOptionalGrade);
      r.sif_care_leavers = cell(t, i, `${b.p} CLA Sub: Experiences and progress of care leavers`, parseOptionalGrade);
      r.sif_leadership = cell(t, i, `${b.p} leadership, management and governance`, parseOptionalGrade);
      r.sif_lscb = b.lscb === "" ? "" : cell(t, i, b.lscb, parseOptionalGrade);
      r.report_url = reportLink(t, i, "Web link URL");
      checkDates(t, i, r, { publication_date: b.date });
      r.source = "official";
      r.source_file = t.file;
      r.id = inspectionId(r);
      addRow(out, t, i, r);
    }
  });
  return out;
}
