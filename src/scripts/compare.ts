/**
 * The compare page in the browser: reads the set from the URL (?c=walsall,dudley), fetches each council's
 * /compare/data/<slug>.json, and draws the sentence, charts and tables with the same pure functions the build
 * uses. Unknown names in the URL are dropped with a notice; the picker adds and removes councils and keeps the URL
 * in step. Without this script the prerendered sets and their links serve instead.
 */
import { cellText, COMPARE_MEASURES, reporterSentence, type CompareCouncil } from "../lib/compare/model.ts";
import { compareSvg, esc } from "../lib/compare/svg.ts";

const root = document.querySelector<HTMLElement>("[data-compare]");
const picker = document.querySelector<HTMLElement>("[data-picker]");
const notice = document.querySelector<HTMLElement>("[data-notice]");
const chips = document.querySelector<HTMLElement>("[data-chips]");
const input = document.querySelector<HTMLInputElement>("#pick");
const options = [...document.querySelectorAll<HTMLOptionElement>("#pick-list option")];
const names = new Map<string, string>();
for (const o of options) if (!names.has(o.dataset["s"] ?? "")) names.set(o.dataset["s"] ?? "", o.value);
let set: string[] = [];

const table = (cs: CompareCouncil[], key: string, pct: boolean): string => {
  const years = [...new Set(cs.flatMap((c) => (c.series[key] ?? []).map((p) => p[0])))].sort();
  const head = cs.map((c) => `<th scope="col">${esc(c.name)}</th>`).join("");
  const rows = years.map((y) => {
    const cells = cs.map((c) => {
      const p = c.series[key]?.find((q) => q[0] === y);
      return `<td>${esc(cellText(p, pct) + (p?.[3] ? ` (joint with ${p[3]})` : ""))}</td>`;
    });
    return `<tr><th scope="row">${y}</th>${cells.join("")}</tr>`;
  });
  return `<details class="text-sm"><summary>Table</summary><div class="overflow-x-auto"><table class="text-sm"><thead><tr><th scope="col">Year</th>${head}</tr></thead><tbody>${rows.join("")}</tbody></table></div></details>`;
};

const showChips = (): void => {
  if (chips)
    chips.innerHTML = set
      .map(
        (s) =>
          `<li><button type="button" data-s="${s}" class="border border-rule px-2">${esc(names.get(s) ?? s)} ✕<span class="sr-only"> remove</span></button></li>`,
      )
      .join("");
};

async function draw(push: boolean): Promise<void> {
  if (!root) return;
  if (push) history.pushState(null, "", set.length ? `/compare/?c=${set.join(",")}` : "/compare/");
  showChips();
  if (set.length < 2) {
    if (notice && !notice.textContent) notice.textContent = "Pick at least two councils.";
    if (push) root.innerHTML = "";
    return;
  }
  const cs = await Promise.all(
    set.map(async (s) => (await fetch(`/compare/data/${s}.json`)).json() as Promise<CompareCouncil>),
  );
  const figs = COMPARE_MEASURES.map((m) => {
    const svg = compareSvg(cs, m.key, m.label, m.pct);
    return (
      svg &&
      `<figure class="compare-figure"><figcaption class="font-semibold">${m.label}</figcaption>${svg}${table(cs, m.key, m.pct)}</figure>`
    );
  });
  root.innerHTML = `<p class="compare-sentence mt-4 max-w-prose text-lg" data-sentence>${esc(reporterSentence(cs))}</p><div class="compare-grid mt-6">${figs.join("")}</div>`;
}

/** Read the set from the URL; false when the URL names none. */
function fromUrl(): boolean {
  const asked = new URLSearchParams(location.search)
    .getAll("c")
    .flatMap((v) => v.toLowerCase().split(","))
    .map((s) => s.trim())
    .filter(Boolean);
  if (!asked.length) return false;
  const bad = asked.filter((s) => !names.has(s));
  const good = [...new Set(asked.filter((s) => names.has(s)))];
  set = good.slice(0, 4);
  const msgs = [
    bad.length ? `No council called ${bad.map((b) => `“${b.slice(0, 40)}”`).join(", ")}; left out.` : "",
    good.length > 4 ? "Only the first four councils are compared." : "",
  ];
  if (notice) notice.textContent = msgs.join(" ").trim();
  return true;
}

if (root && picker && input) {
  picker.hidden = false;
  const initial = (root.dataset["set"] ?? "").split(",").filter(Boolean);
  set = initial;
  if (fromUrl()) void draw(false);
  else showChips();
  picker.querySelector("form")?.addEventListener("submit", (e) => {
    e.preventDefault();
    const q = input.value.trim().toLowerCase();
    const hit =
      options.find((o) => o.value.toLowerCase() === q) ?? options.find((o) => o.value.toLowerCase().includes(q));
    const s = q && hit?.dataset["s"];
    if (notice)
      notice.textContent = !s
        ? `No council or district matches “${input.value}”.`
        : set.length >= 4
          ? "Four councils at most: remove one first."
          : "";
    if (!s || set.includes(s) || set.length >= 4) return;
    set = [...set, s];
    input.value = "";
    void draw(true);
  });
  chips?.addEventListener("click", (e) => {
    const s = (e.target as HTMLElement).closest("button")?.dataset["s"];
    if (!s) return;
    set = set.filter((x) => x !== s);
    if (notice) notice.textContent = "";
    void draw(true);
  });
  addEventListener("popstate", () => {
    if (!fromUrl()) set = initial;
    void draw(false);
  });
}

export {};
