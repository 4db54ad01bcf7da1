/**
 * One small line chart per measure for the compare page, as an SVG string: a line per council labelled at its end
 * (no legend), gaps where a year is suppressed with the DfE symbol written on the axis, and a strip of Ofsted
 * grade letters under the axis. Pure, so the build and the browser script draw the same chart.
 */
import { cellText, type CompareCouncil, type Point } from "./model.ts";

const W = 400;
const L = 34;
const R = 112;
const T = 12;
const PH = 150;
/** Colours and dashes by position in the set: each line differs in both. */
const STROKES: readonly [string, string][] = [
  ["var(--color-council)", ""],
  ["var(--color-region)", "6 3"],
  ["var(--color-link)", "2 3"],
  ["var(--color-ink-muted)", "9 3 2 3"],
];
const LETTER: Readonly<Record<string, string>> = {
  Outstanding: "O",
  Good: "G",
  "Requires improvement": "RI",
  Inadequate: "I",
};

/** Text made safe for SVG or HTML markup. */
export const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
const short = (s: string): string => (s.length > 15 ? `${s.slice(0, 14)}…` : s);

interface Frame {
  x: (year: number) => number;
  y: (v: number) => number;
  years: number[];
  top: number;
}

function frame(all: Point[]): Frame {
  const ys = all.map((p) => p[0]);
  const y0 = Math.min(2017, ...ys);
  const y1 = Math.max(y0 + 1, ...ys);
  const max = Math.max(1, ...all.map((p) => p[1] ?? 0));
  const step = max > 40 ? 20 : max > 20 ? 10 : 5;
  const top = Math.ceil(max / step) * step;
  const years = Array.from({ length: y1 - y0 + 1 }, (_, i) => y0 + i);
  return { x: (yr) => L + ((yr - y0) / (y1 - y0)) * (W - L - R), y: (v) => T + PH - (v / top) * PH, years, top };
}

function axes(f: Frame): string {
  const ticks = [0, f.top / 2, f.top].map(
    (v) =>
      `<line x1="${L}" x2="${W - R}" y1="${f.y(v)}" y2="${f.y(v)}" stroke="var(--color-rule)"/><text x="${L - 4}" y="${f.y(v) + 4}" text-anchor="end">${v}</text>`,
  );
  const years = f.years
    .filter((yr, i) => i % 2 === 0 || yr === f.years.at(-1))
    .map((yr) => `<text x="${f.x(yr)}" y="${T + PH + 14}" text-anchor="middle">${yr}</text>`);
  return ticks.join("") + years.join("");
}

/** The line's path, broken at missing years; the symbols written where a year is suppressed. */
function line(pts: Point[], f: Frame, i: number): string {
  const [colour, dash] = STROKES[i] ?? STROKES[0] ?? ["currentColor", ""];
  let d = "";
  let pen = false;
  const marks: string[] = [];
  for (const p of pts) {
    if (p[1] === null) {
      pen = false;
      marks.push(
        `<text x="${f.x(p[0])}" y="${T + PH - 3 - i * 11}" text-anchor="middle" fill="${colour}"><title>${esc(cellText(p, false))}</title>${esc(p[2] || "–")}</text>`,
      );
      continue;
    }
    d += `${pen ? "L" : "M"}${f.x(p[0]).toFixed(1)} ${f.y(p[1]).toFixed(1)}`;
    pen = true;
  }
  const dots = pts.flatMap((p) =>
    p[1] === null
      ? []
      : [`<circle cx="${f.x(p[0]).toFixed(1)}" cy="${f.y(p[1]).toFixed(1)}" r="2.5" fill="${colour}"/>`],
  );
  return `<path d="${d}" fill="none" stroke="${colour}" stroke-width="2" stroke-dasharray="${dash}"/>${dots.join("")}${marks.join("")}`;
}

/** End labels, pushed apart so none overlaps the one above it. */
function labels(cs: readonly CompareCouncil[], key: string, f: Frame, pct: boolean): string {
  const items = cs.flatMap((c, i) => {
    const last = (c.series[key] ?? []).filter((p) => p[1] !== null).at(-1);
    return last?.[1] == null ? [] : [{ i, y: f.y(last[1]), text: `${short(c.name)} ${cellText(last, pct)}` }];
  });
  items.sort((a, b) => a.y - b.y);
  for (let k = 1; k < items.length; k++) {
    const prev = items[k - 1];
    const cur = items[k];
    if (prev && cur && cur.y - prev.y < 13) cur.y = prev.y + 13;
  }
  return items
    .map(
      (it) =>
        `<text x="${W - R + 6}" y="${(it.y + 4).toFixed(1)}" fill="${STROKES[it.i]?.[0] ?? "currentColor"}" font-weight="600">${esc(it.text)}</text>`,
    )
    .join("");
}

/** A strip per council under the axis: the grade letter at each inspection's publication date. */
function gradeStrip(cs: readonly CompareCouncil[], f: Frame): string {
  const first = f.years[0] ?? 2017;
  return cs
    .map((c, i) => {
      const y = T + PH + 40 + i * 13;
      const marks = c.grades
        .map(([date, grade, source]) => ({
          at: Number(date.slice(0, 4)) + (Number(date.slice(5, 7)) - 1) / 12,
          grade,
          source,
        }))
        .filter((g) => g.at >= first)
        .map(
          (g) =>
            `<text x="${f.x(g.at).toFixed(1)}" y="${y}" text-anchor="middle" fill="${STROKES[i]?.[0] ?? "currentColor"}" font-weight="700"><title>${esc(`${c.name}: ${g.grade}${g.source === "official" ? "" : " (unofficial record)"}`)}</title>${LETTER[g.grade] ?? "?"}</text>`,
        );
      return `<text x="${W - R + 6}" y="${y}" fill="var(--color-ink-muted)">${esc(short(c.name))}</text>${marks.join("")}`;
    })
    .join("");
}

/** The chart for one measure, or "" when no council in the set has a row for it. */
export function compareSvg(cs: readonly CompareCouncil[], key: string, title: string, pct: boolean): string {
  const all = cs.flatMap((c) => c.series[key] ?? []);
  if (all.length === 0) return "";
  const f = frame(all);
  const h = T + PH + 34 + cs.length * 13;
  const body = cs.map((c, i) => line(c.series[key] ?? [], f, i)).join("");
  return `<svg viewBox="0 0 ${W} ${h}" width="${W}" height="${h}" role="img" aria-label="${esc(title)}" font-size="11" fill="currentColor" class="compare-chart"><text x="${L}" y="${T + PH + 27}" fill="var(--color-ink-muted)">Ofsted grades (O G RI I)</text>${axes(f)}${body}${labels(cs, key, f, pct)}${gradeStrip(cs, f)}</svg>`;
}
