/**
 * Map controls: colour by caseload or Ofsted grade, for any year, recolouring the build-time SVGs from
 * /map/data.json. The choice is written to the URL (?measure=caseload|grade&year=2025); an invalid value shows
 * the default with a short notice. Each area's link name and tooltip are rewritten with the shown figures.
 */
import type { mapData } from "../../lib/council/map.ts";

type MapData = ReturnType<typeof mapData>;

const root = document.querySelector<HTMLElement>("[data-map-root]");
const form = document.querySelector<HTMLElement>("[data-map-controls]");
const notice = document.querySelector<HTMLElement>("[data-map-notice]");
const status = document.querySelector<HTMLElement>("[data-map-status]");
const gradeKey = document.querySelector<HTMLElement>("[data-grade-key]");

function binColor(d: MapData, v: number | null): string {
  if (v === null) return d.noData;
  let c = d.noData;
  for (const b of d.bins) if (b.min === null || v >= b.min) c = b.color;
  return c;
}

function paint(d: MapData, measure: "caseload" | "grade", year: number): void {
  if (!root) return;
  const y = String(year);
  const values = d.caseload[y] ?? [];
  const notes = d.notes[y] ?? [];
  const letters = d.grade[y] ?? [];
  const index = new Map(d.slugs.map((s, i) => [s, i]));
  for (const fig of root.querySelectorAll<HTMLElement>("figure.chart")) {
    const links = [...fig.querySelectorAll<SVGAElement>("svg a[data-slug]")];
    const texts = [...fig.querySelectorAll<SVGTextElement>('svg g[aria-label="text"] text')];
    links.forEach((a, n) => {
      const i = index.get(a.dataset["slug"] ?? "") ?? -1;
      const v = values[i] ?? null;
      const note = notes[i] ?? "";
      const letter = letters[i] ?? "";
      const g = d.grades.find((x) => x.letter === letter.replace("*", ""));
      const fill = measure === "grade" ? (g?.color ?? d.noData) : binColor(d, v);
      const path = a.querySelector("path");
      path?.setAttribute("fill", fill);
      // DfE publishes caseloads to one decimal, so toFixed(1) only pads ("12" -> "12.0") and agrees with the
      // one rounding rule (src/lib/domain/format.ts), which is not shipped to the browser to keep the script small.
      const caseload =
        v === null ? `no caseload figure for ${y}` : `caseload ${v.toFixed(1)} (${y}${note ? `, ${note}` : ""})`;
      const grade = g ? `Ofsted ${g.grade}${letter.endsWith("*") ? " (unofficial)" : ""}` : "no Ofsted grade yet";
      const label = `${d.names[i] ?? ""}: ${measure === "grade" ? `${grade}, ${caseload}` : `${caseload}, ${grade}`}`;
      a.setAttribute("aria-label", label);
      // Names on hover on both maps (the boundary map ships without <title>s to keep its embed small), and on the
      // London inset's copies (<use>, which take their fill from the path they show).
      const shape = path ?? a.querySelector("use");
      let title: Element | null | undefined = shape?.querySelector("title");
      if (shape && !title) shape.prepend((title = document.createElementNS("http://www.w3.org/2000/svg", "title")));
      if (title) title.textContent = label;
      const t = texts[n];
      if (t) t.textContent = measure === "grade" ? letter : "";
    });
    const key = fig.querySelector<HTMLElement>('ul[aria-label="Key"]');
    if (key) key.hidden = measure === "grade";
    const heading = fig.querySelector("figcaption h2, figcaption h3");
    const kind = fig.dataset["chart"] === "map-hex" ? "hex map" : "boundary map";
    const sub = fig.querySelector<HTMLElement>("figcaption p");
    if (sub) {
      sub.dataset["caseload"] ??= sub.textContent;
      sub.textContent =
        measure === "grade"
          ? `Overall grade of each council's latest Ofsted inspection published by 30 September ${y}`
          : sub.dataset["caseload"];
    }
    if (heading) {
      heading.textContent =
        measure === "grade"
          ? `Ofsted grade by council, as at 30 September ${y}: ${kind}`
          : `Average caseload by council, ${y}: ${kind}`;
    }
  }
  if (gradeKey) gradeKey.hidden = measure !== "grade";
  if (status) status.textContent = `Showing ${measure === "grade" ? "Ofsted grades" : "average caseload"}, ${y}.`;
}

async function init(): Promise<void> {
  if (!root || !form) return;
  const res = await fetch(root.dataset["src"] ?? "/map/data.json");
  if (!res.ok) return;
  const data = (await res.json()) as MapData;
  const latest = data.years.at(-1);
  if (latest === undefined) return;
  const params = new URLSearchParams(location.search);
  const rawMeasure = params.get("measure");
  const rawYear = params.get("year");
  const measureOk = rawMeasure === null || rawMeasure === "caseload" || rawMeasure === "grade";
  const yearNum = rawYear === null ? latest : Number(rawYear);
  const yearOk = rawYear === null || (/^\d{4}$/.test(rawYear) && data.years.includes(yearNum));
  const measure = measureOk && rawMeasure === "grade" ? "grade" : "caseload";
  const year = yearOk ? yearNum : latest;
  if ((!measureOk || !yearOk) && notice) {
    notice.textContent = `That ${!measureOk ? "measure" : "year"} is not on this map, so it shows ${
      !measureOk ? "average caseload" : String(latest)
    }. Years available: ${String(data.years[0])} to ${String(latest)}.`;
    notice.hidden = false;
  }
  const radios = form.querySelectorAll<HTMLInputElement>('input[name="measure"]');
  for (const r of radios) r.checked = r.value === measure;
  const select = form.querySelector<HTMLSelectElement>('select[name="year"]');
  if (select) select.value = String(year);
  form.hidden = false;
  if (measure !== "caseload" || year !== latest) paint(data, measure, year);
  form.addEventListener("change", () => {
    const m =
      form.querySelector<HTMLInputElement>('input[name="measure"]:checked')?.value === "grade" ? "grade" : "caseload";
    const y = Number(select?.value ?? latest);
    paint(data, m, y);
    if (notice) notice.hidden = true;
    const url = new URL(location.href);
    url.searchParams.set("measure", m);
    url.searchParams.set("year", String(y));
    history.replaceState(null, "", url);
  });
}

void init();

export {};
