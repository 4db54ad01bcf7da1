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

/**
 * Statistical neighbours: the Provider lookup's list (DfE codes, kept current by Data to Insight) where the
 * council has one; otherwise DfE's April 2021 groupings (which predate the 2023 reorganisation).
 */
export function addNeighbours(reg: Registry, provider: Table, sn2021: Table): void {
  const lists = new Map<string, { codes: string[]; file: string; line: number | null; column: string }>();
  sn2021.rows.forEach((r, i) => {
    const codes = Object.entries(r)
      .filter(([k]) => /^SN\d+$/.test(k))
      .map(([, v]) => v.trim())
      .filter(Boolean);
    lists.set((r["LA num"] ?? "").trim(), {
      codes,
      file: sn2021.file,
      line: sn2021.lines[i] ?? null,
      column: "SN1..SN10",
    });
  });
  provider.rows.forEach((r, i) => {
    const codes = (r["stat_neighbours"] ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    if (codes.length)
      lists.set((r["la_code"] ?? "").trim(), {
        codes,
        file: provider.file,
        line: provider.lines[i] ?? null,
        column: "stat_neighbours",
      });
  });
  for (const c of reg.councils) {
    const l = lists.get(c.dfe_code);
    if (!l) continue;
    const out: string[] = [];
    for (const code of l.codes)
      for (const s of neighbourSlugs(reg, c, code, l.file, l.line, l.column))
        if (s !== c.slug && !out.includes(s)) out.push(s);
    c.stat_neighbours = out.join(";");
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
