/**
 * Find the context count for the area of one workforce row. Councils are joined on the DfE 3-digit code
 * (old_la_code), which survives ONS code changes (Buckinghamshire 2020, North Yorkshire and Somerset 2023,
 * Barnsley and Sheffield 2025). A joint workforce return (Kingston upon Thames and Richmond upon Thames; North and
 * West Northamptonshire from 2021) gets the sum of its councils' rows. When a council's row is missing or `z`
 * because the count predates its creation, the count of the one former council that covered exactly the same area
 * is used (Northamptonshire at 31 March 2021 for North and West Northamptonshire together). A former council that
 * covered more or less than the area (Cumbria for Cumberland; the pre-2019 Dorset councils) cannot be re-cut:
 * the value is then `x` with the reason.
 */
import type { ContextRow } from "./parse.ts";

/** What the pipeline knows about a council, from data/councils.csv. */
export interface CouncilInfo {
  slug: string;
  name: string;
  code: string;
  /** DfE codes of the councils that replaced it (empty for a current council). */
  successorCodes: string[];
}

/** The area of one workforce row. */
export interface Area {
  level: ContextRow["level"];
  regionCode: string;
  /** DfE codes covered (two for a joint return); empty for England and regions. */
  codes: string[];
}

/** A count found for an area: a number, or null with a DfE symbol; note explains anything not plain. */
export interface Resolved {
  value: number | null;
  status: string;
  note: string;
}

/** Context rows indexed for lookup, remembering which rows were used (for the row accounting). */
export class ContextIndex {
  private readonly rows = new Map<string, ContextRow>();
  private readonly councils: ReadonlyMap<string, CouncilInfo>;
  private readonly label: string;
  private readonly years: readonly [number, number];
  readonly used = new Set<ContextRow>();

  constructor(rows: readonly ContextRow[], councils: ReadonlyMap<string, CouncilInfo>, label: string) {
    this.councils = councils;
    this.label = label;
    const ys = rows.map((r) => r.year);
    this.years = [Math.min(...ys), Math.max(...ys)];
    for (const r of rows) this.rows.set(ContextIndex.key(r.year, r.level, r.regionCode, r.code, r.kind), r);
  }

  private static key(year: number, level: string, region: string, code: string, kind: string): string {
    const where = level === "National" ? "N" : level === "Regional" ? `R:${region}` : `L:${code}`;
    return `${String(year)}|${where}|${kind}`;
  }

  private get(year: number, code: string, kind: string): ContextRow | undefined {
    return this.rows.get(ContextIndex.key(year, "Local authority", "", code, kind));
  }

  /** The count for an area in a year (kind: the filter value, "" when the file has none). */
  resolve(year: number, area: Area, kind = ""): Resolved {
    const [first, last] = this.years;
    if (year < first || year > last)
      return { value: null, status: "x", note: `${this.label}: the file covers ${String(first)}-${String(last)}` };
    if (area.level !== "Local authority") {
      const row = this.rows.get(ContextIndex.key(year, area.level, area.regionCode, "", kind));
      if (!row) return { value: null, status: "x", note: `${this.label}: no row for this area in ${String(year)}` };
      this.used.add(row);
      return this.plain(row);
    }
    const found = area.codes.map((c) => this.get(year, c, kind));
    const complete = found.every((r) => r !== undefined && r.value.status !== "z");
    if (complete) return this.sum(found.filter((r): r is ContextRow => r !== undefined));
    return this.former(year, area.codes, kind);
  }

  private plain(row: ContextRow): Resolved {
    const { value, status } = row.value;
    const note = status === "" ? "" : `${this.label}: DfE symbol ${status}`;
    return { value, status, note };
  }

  private sum(rows: ContextRow[]): Resolved {
    for (const r of rows) this.used.add(r);
    const [first] = rows;
    if (rows.length === 1 && first) return this.plain(first);
    const names = rows.map((r) => `${r.name} (${r.code})`).join(" and ");
    const symbol = rows.find((r) => r.value.status !== "");
    if (symbol)
      return {
        value: null,
        status: symbol.value.status,
        note: `${this.label}: ${symbol.name} is ${symbol.value.status}, so the joint sum cannot be made`,
      };
    const total = rows.reduce((n, r) => n + (r.value.value ?? 0), 0);
    return { value: total, status: "", note: `${this.label}: summed over ${names} to match the joint return` };
  }

  /** The former council covering exactly these codes, else `x` naming the councils that held the count. */
  private former(year: number, codes: string[], kind: string): Resolved {
    const want = [...codes].sort().join(",");
    const covering = [...this.councils.values()].filter(
      (c) => c.successorCodes.some((s) => codes.includes(s)) && this.get(year, c.code, kind) !== undefined,
    );
    // Exactly one former council held the count, and its successors are exactly this area.
    const [only] = covering;
    const exact =
      covering.length === 1 && only && [...only.successorCodes].sort().join(",") === want ? only : undefined;
    const row = exact ? this.get(year, exact.code, kind) : undefined;
    if (exact && row) {
      this.used.add(row);
      const r = this.plain(row);
      const why = `${this.label}: count for ${exact.name} (${exact.code}), the same area before its reorganisation`;
      return { ...r, note: r.note ? `${why}; ${r.note}` : why };
    }
    const held = covering.map((c) => `${c.name} (${c.code})`).join(", ");
    return {
      value: null,
      status: "x",
      note: held
        ? `${this.label}: the ${String(year)} figure is for ${held}, before the reorganisation, and cannot be re-cut to this council`
        : `${this.label}: no row for ${codes.join(" / ")} in ${String(year)}`,
    };
  }
}
