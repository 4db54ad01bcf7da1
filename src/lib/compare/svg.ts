/**
 * One small line chart per measure for the compare page, as an SVG string: a line per council labelled at its end
 * (no legend), gaps where a year is suppressed with the DfE symbol written on the axis, and a strip of Ofsted
 * grade letters under the axis. Pure, so the build and the browser script draw the same chart.
 */
import { escapeXml } from "../escape.ts";
import { cellText, reporterSentence, type CompareCouncil, type CompareMeasure, type Point } from "./model.ts";

const W = 400;
const L = 34;
const R = 128;
const T = 12;
const PH = 150;
/** Line height of the chart's text (13 px in a 400-unit drawing: 11 px or more once a 375 px phone shrinks it). */
const LH = 16;

/** A name cut to what fits beside the plot (14 characters). */
const short = (s: string): string => (s.length > 14 ? `${s.slice(0, 13)}…` : s);
const n1 = (n: number): string => n.toFixed(1);
/** Where a date falls on the axis, whose whole years are DfE's 30 September counts. */
const when = (d: string): number => Number(d.slice(0, 4)) + (Number(d.slice(5, 7)) - 9) / 12;

interface Frame {
  x: (year: number) => number;
  y: (v: number) => number;
  /** First and last year of the counts. */
  y0: number;
  y1: number;
  top: number;
}

function frame(cs: readonly CompareCouncil[], all: Point[]): Frame {
  const ys = all.map((p) => p[0]);
  const y0 = Math.min(2017, ...ys);
  const y1 = Math.max(y0 + 1, ...ys);
  // The axis runs on to the latest inspection, so a grade published after the last count keeps its place.
  const x1 = Math.max(y1, ...cs.flatMap((c) => c.grades.map((g) => when(g[0]))));
  const max = Math.max(1, ...all.map((p) => p[1] ?? 0));
  const step = max > 40 ? 20 : max > 20 ? 10 : 5;
  const top = Math.ceil(max / step) * step;
  return { x: (yr) => L + ((yr - y0) / (x1 - y0)) * (W - L - R), y: (v) => T + PH - (v / top) * PH, y0, y1, top };
}

function axes(f: Frame): string {
  let out = [0, f.top / 2, f.top]
    .map(
      (v) =>
        `<line x1="${L}" x2="${W - R}" y1="${f.y(v)}" y2="${f.y(v)}"/><text x="${L - 4}" y="${f.y(v) + 4}" class="e">${v}</text>`,
    )
    .join("");
  // Every other year, and the last.
  for (let yr = f.y0; yr <= f.y1; yr++)
    if ((yr - f.y0) % 2 === 0 || yr === f.y1) out += `<text x="${f.x(yr)}" y="${T + PH + 21}" class="m">${yr}</text>`;
  return out;
}

/**
 * A council's row of Ofsted grade letters ("*" unofficial) under the axis, at their publication dates, each pushed
 * clear of the one before (a letter is about 9 units wide), then its name beside the plot.
 */
function gradeStrip(c: CompareCouncil, f: Frame, y: number): string {
  let end = 0;
  const marks = c.grades
    .filter((g) => when(g[0]) >= f.y0 - 0.5)
    .map(([date, , , t]) => {
      const x = Math.max(f.x(when(date)), end + t.length * 4.5 + 3);
      end = x + t.length * 4.5;
      return `<text x="${n1(x)}" y="${y}" class="m b">${t}</text>`;
    });
  return `${marks.join("")}<text x="${n1(Math.max(W - R + 10, end + 8))}" y="${y}">${escapeXml(short(c.name))}</text>`;
}

/**
 * A council's group (class s0-s3 gives its colour and dash): the line broken at missing years, a dot per figure, the
 * DfE symbol written low where a year is suppressed, and its grade strip.
 */
function council(c: CompareCouncil, key: string, f: Frame, i: number): string {
  let d = "";
  let pen = false;
  let marks = "";
  for (const p of c.series[key] ?? []) {
    if (p[1] === null) {
      pen = false;
      marks += `<text x="${f.x(p[0])}" y="${T + PH - 3 - i * LH}" class="m">${escapeXml(p[2].split(":")[0] ?? "")}</text>`;
    } else {
      d += `${pen ? "L" : "M"}${n1(f.x(p[0]))} ${n1(f.y(p[1]))}`;
      marks += `<circle cx="${n1(f.x(p[0]))}" cy="${n1(f.y(p[1]))}" r="2.5"/>`;
      pen = true;
    }
  }
  return `<g class="s${i}"><path d="${d}"/>${marks}${gradeStrip(c, f, T + PH + 56 + i * LH)}</g>`;
}

/**
 * End labels: the name, and the latest figure under it, pushed apart so none overlaps another or runs below the
 * axis.
 */
function labels(cs: readonly CompareCouncil[], key: string, f: Frame): string {
  const items = cs.flatMap((c, i) => {
    const last = (c.series[key] ?? []).filter((p) => p[1] !== null).at(-1);
    return last?.[1] == null ? [] : [{ i, y: f.y(last[1]) - 6, name: short(c.name), v: last[2] }];
  });
  items.sort((a, b) => a.y - b.y);
  let prev = -99;
  // Each at most as low as leaves room for those below it above the year labels, and clear of the one above.
  return items
    .map((it, k) => {
      const y = (prev = Math.max(Math.min(it.y, T + PH - 20 - (items.length - 1 - k) * 2 * LH), prev + 2 * LH));
      return `<text x="${W - R + 6}" y="${n1(y + 4)}" class="s${it.i} b">${escapeXml(it.name)}</text><text x="${W - R + 6}" y="${n1(y + 4 + LH)}" class="s${it.i}">${it.v}</text>`;
    })
    .join("");
}

/** The chart for one measure, or "" when no council in the set has a row for it. */
export function compareSvg(cs: readonly CompareCouncil[], key: string, title: string): string {
  const all = cs.flatMap((c) => c.series[key] ?? []);
  if (all.length === 0) return "";
  const f = frame(cs, all);
  const h = T + PH + 48 + cs.length * LH;
  const body = cs.map((c, i) => council(c, key, f, i)).join("");
  return `<svg viewBox="0 0 ${W} ${h}" width="${W}" height="${h}" role="img" aria-label="${escapeXml(title)}" class="compare-chart"><text x="${L}" y="${T + PH + 38}" class="u">Ofsted grades (* unofficial)</text>${axes(f)}${body}${labels(cs, key, f)}</svg>`;
}

/**
 * Every year of a measure as a table: a row per year, a column per council; symbols with reasons, joint returns
 * named. The header row sits in the one <tbody> (its cells are scope="col"): a <thead> would cost the script bytes.
 */
export function compareTable(cs: readonly CompareCouncil[], key: string): string {
  const years = [...new Set(cs.flatMap((c) => (c.series[key] ?? []).map((p) => p[0])))].sort();
  const head = cs.map((c) => `<th scope="col">${escapeXml(c.name)}</th>`).join("");
  const rows = years.map((y) => {
    const cells = cs.map((c) => {
      const p = c.series[key]?.find((q) => q[0] === y);
      return `<td>${escapeXml(cellText(p) + (p?.[3] ? ` (joint with ${p[3]})` : ""))}</td>`;
    });
    return `<tr><th scope="row">${y}</th>${cells.join("")}</tr>`;
  });
  return `<table><tbody><tr><th scope="col">Year</th>${head}</tr>${rows.join("")}</tbody></table>`;
}

/**
 * The whole comparison as HTML: the reporter's sentence, then a chart and its table per measure (COMPARE_MEASURES;
 * the browser reads them from the page so that their labels are not shipped twice).
 */
export function compareHtml(cs: readonly CompareCouncil[], measures: readonly CompareMeasure[]): string {
  const figs = measures.map((m) => {
    const svg = compareSvg(cs, m.key, m.label);
    return (
      svg &&
      `<figure><figcaption>${m.label}</figcaption>${svg}<details><summary>Table: every year</summary>${compareTable(cs, m.key)}</details></figure>`
    );
  });
  return `<p data-sentence>${escapeXml(reporterSentence(cs))}</p><div class="compare-grid">${figs.join("")}</div>`;
}
