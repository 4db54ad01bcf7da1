/**
 * Councils step, second half: statistical neighbours, lower-tier districts, Ofsted names and hex-map codes.
 * Each enrichment is checked: a code that maps to no council stops the pipeline.
 */
import type { Table } from "./lib/csv.ts";
import { PipelineError } from "./lib/errors.ts";
import type { CouncilRow, Registry } from "./councils.ts";

/** Map a DfE code to slugs; a former council named as a current council's neighbour becomes its successors. */
function neighbourSlugs(
  reg: Registry,
  subject: CouncilRow,
  code: string,
  file: string,
  line: number | null,
  column: string,
): string[] {
  const n = reg.byDfe.get(code);
  if (!n) throw new PipelineError(file, line, column, `unknown council code ${code} among statistical neighbours`);
  if (n.status === "former" && subject.status === "current") return n.successors.split(";").filter(Boolean);
  return [n.slug];
}

/** Labels of the three neighbour lists: their true source and year (data/councils.csv stat_neighbours_source). */
export const NEIGHBOUR_SOURCES = {
  dfe2025: "DfE statistical neighbour model, 2025",
  provider: "Data to Insight Provider lookup (June 2025 copy of its neighbour list)",
  dfe2021: "DfE statistical neighbour groupings, April 2021",
} as const;

interface NeighbourList {
  codes: string[];
  file: string;
  line: number | null;
  column: string;
  source: string;
}

/** Neighbour lists of a wide file (one row per council, SN columns holding DfE codes), keyed by DfE code. */
function wideLists(t: Table, key: string, sn: RegExp, column: string, source: string): Map<string, NeighbourList> {
  const lists = new Map<string, NeighbourList>();
  t.rows.forEach((r, i) => {
    const codes = Object.entries(r)
      .filter(([k]) => sn.test(k))
      .map(([, v]) => v.trim())
      .filter(Boolean);
    const code = (r[key] ?? "").trim();
    if (lists.has(code))
      throw new PipelineError(t.file, t.lines[i] ?? null, key, `council ${code} has two neighbour lists in this file`);
    lists.set(code, { codes, file: t.file, line: t.lines[i] ?? null, column, source });
  });
  return lists;
}

/**
 * Statistical neighbours. Current councils: DfE's 2025 model (post-2023 geography), which must list every current
 * council. Former councils keep the list they had: the Provider lookup's (Data to Insight) where it has one, else
 * DfE's April 2021 groupings. Each council's stat_neighbours_source says which list it is.
 */
export function addNeighbours(reg: Registry, provider: Table, sn2021: Table, sn2025: Table): void {
  const older = wideLists(sn2021, "LA num", /^SN\d+$/, "SN1..SN10", NEIGHBOUR_SOURCES.dfe2021);
  provider.rows.forEach((r, i) => {
    const codes = (r["stat_neighbours"] ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    if (codes.length)
      older.set((r["la_code"] ?? "").trim(), {
        codes,
        file: provider.file,
        line: provider.lines[i] ?? null,
        column: "stat_neighbours",
        source: NEIGHBOUR_SOURCES.provider,
      });
  });
  const current = wideLists(sn2025, "old_la_code", /^SN_\d+$/, "SN_1..SN_10", NEIGHBOUR_SOURCES.dfe2025);
  for (const [code, l] of current) {
    const c = reg.byDfe.get(code);
    if (!c) throw new PipelineError(l.file, l.line, "old_la_code", `unknown council code ${code}`);
    if (c.status !== "current")
      throw new PipelineError(l.file, l.line, "old_la_code", `${c.name} (${code}) is not a current council`);
  }
  for (const c of reg.councils) {
    const l = c.status === "current" ? current.get(c.dfe_code) : older.get(c.dfe_code);
    if (!l) {
      if (c.status === "current")
        throw new PipelineError(
          sn2025.file,
          null,
          "old_la_code",
          `current council ${c.name} (${c.dfe_code}) has no row`,
        );
      c.stat_neighbours_source = "none: no neighbour list covers this council";
      continue;
    }
    const out: string[] = [];
    for (const code of l.codes)
      for (const s of neighbourSlugs(reg, c, code, l.file, l.line, l.column))
        if (s !== c.slug && !out.includes(s)) out.push(s);
    c.stat_neighbours = out.join(";");
    c.stat_neighbours_source = l.source;
  }
}

/** Lower-tier districts inside each county (for the site's search finder); unitaries list none. */
export function addDistricts(reg: Registry, ltla: Table): void {
  const by = new Map<string, string[]>();
  ltla.rows.forEach((r, i) => {
    const utla = (r["UTLA23CD"] ?? "").trim();
    if (!utla.startsWith("E")) return; // Welsh rows: outside the site's scope.
    if (!reg.byOns.has(utla))
      throw new PipelineError(ltla.file, ltla.lines[i] ?? null, "UTLA23CD", `unknown council code ${utla}`);
    if ((r["LTLA23CD"] ?? "") === utla) return; // A unitary is its own district.
    by.set(utla, [...(by.get(utla) ?? []), (r["LTLA23NM"] ?? "").trim()]);
  });
  for (const c of reg.councils) {
    const names = c.ons_codes.split(";").flatMap((p) => by.get(p.split(":")[0] ?? "") ?? []);
    c.districts = [...new Set(names)].sort().join(";");
  }
}

/**
 * Districts abolished in the 2019-2023 reorganisations (Harrogate, Kettering, Aylesbury Vale ...). No raw file
 * names them: the April 2023 lookup postdates them. So they come from a small curated table, each row citing its
 * Structural Changes Order, and every slug must exist.
 */
export function addFormerDistricts(reg: Registry, table: Table): void {
  const by = new Map<string, string[]>();
  table.rows.forEach((r, i) => {
    for (const slug of (r["council_slugs"] ?? "").split(";")) {
      if (!reg.bySlug.has(slug))
        throw new PipelineError(table.file, table.lines[i] ?? null, "council_slugs", `unknown council slug ${slug}`);
      by.set(slug, [...(by.get(slug) ?? []), (r["district"] ?? "").trim()]);
    }
  });
  for (const c of reg.councils) c.former_districts = [...new Set(by.get(c.slug) ?? [])].sort().join(";");
}

/** Ofsted's spelling of each council: from the ILACS history (by ONS code), else the SIF alias table. */
export function addOfstedNames(reg: Registry, ilacs: Table, sifAliases: Readonly<Record<string, string>>): void {
  ilacs.rows.forEach((r) => {
    const c = reg.byOns.get((r["Local authority area code"] ?? "").trim());
    if (c && c.ofsted_name === "") c.ofsted_name = (r["Local authority name"] ?? "").trim();
  });
  for (const [alias, slug] of Object.entries(sifAliases)) {
    const c = reg.bySlug.get(slug);
    if (c && c.ofsted_name === "") c.ofsted_name = alias.replace(/^Table 11\|/, "");
  }
}

/** Code of the council's hex in the House of Commons Library 2023 cartogram, if drawn there. */
export function addHexCodes(reg: Registry, hexCodes: readonly string[], file: string): void {
  for (const code of hexCodes) {
    const c = reg.byOns.get(code);
    if (!c) throw new PipelineError(file, null, "cua-code", `unknown council code ${code} in the hex cartogram`);
    c.hex_code = code;
  }
}
