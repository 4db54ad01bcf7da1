/** Number and date formatting shared by prose, tables and charts (British English). */
import type { Cell, ChartColumn } from "./chart/types.ts";

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** 19.94 -> "19.9". */
export const dp1 = (n: number): string => n.toFixed(1);

/** 30.5 -> "30.5%". */
export const pct = (n: number): string => `${n.toFixed(1)}%`;

/** "2021-11-26" -> "26 November 2021". */
export function longDate(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new Error(`not a date: ${iso}`);
  return dateFormat.format(d);
}

/** A table cell as text, by the column's format. */
export function formatCell(value: Cell, format: ChartColumn["format"] = "text"): string {
  if (value === null || value === "") return "–";
  if (typeof value === "string") return value;
  switch (format) {
    case "int":
      return Math.round(value).toLocaleString("en-GB");
    case "dp1":
      return dp1(value);
    case "percent":
      return pct(value);
    case "text":
      return String(value);
  }
}

/** "a, b and c". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;
}
