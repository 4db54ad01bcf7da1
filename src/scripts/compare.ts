/**
 * The compare page in the browser: reads the set from the URL (?c=walsall,dudley), fetches each council's
 * /compare/data/<slug>.json, and draws the sentence, charts and tables with the same pure functions the build
 * uses. Unknown names in the URL are dropped with a notice; the picker adds and removes councils and keeps the URL
 * in step (the address is the share link), and shows the prerendered set's link and embed code only while that
 * set is drawn. Without this script the prerendered sets and their links serve instead.
 */
import type { CompareCouncil, CompareMeasure } from "../lib/compare/model.ts";
import { compareHtml } from "../lib/compare/svg.ts";
import { escapeXml } from "../lib/escape.ts";
import { bestMatch } from "../lib/compare/match.ts";

const root = document.querySelector<HTMLElement>("[data-compare]");
const picker = document.querySelector<HTMLElement>("[data-picker]");
const notice = document.querySelector<HTMLElement>("[data-notice]");
const chips = document.querySelector<HTMLElement>("[data-chips]");
const input = document.querySelector<HTMLInputElement>("#pick");
const options = [...document.querySelectorAll<HTMLOptionElement>("#pick-list option")];
/** What belongs to the page's own set (its link and embed code) and what is shown for any other set instead. */
const own = document.querySelectorAll<HTMLElement>("[data-own], [data-other]");
/** A slug's council name: the council options come before the districts, so the first found is the council. */
const nameOf = (s: string): string | undefined => options.find((o) => o.dataset["s"] === s)?.value;
let set: string[] = [];
const initial = (root?.dataset["set"] ?? "").split(",").filter(Boolean);

if (root && picker && input && notice && chips) {
  const say = (t: string): void => {
    notice.textContent = t;
  };
  const showChips = (): void => {
    chips.innerHTML = set
      .map(
        (s) =>
          `<li><button data-s="${s}">${escapeXml(nameOf(s) ?? s)} ✕<span class="sr-only"> remove</span></button></li>`,
      )
      .join("");
  };
  const draw = async (push: boolean): Promise<void> => {
    if (push) history.pushState(null, "", `/compare/?c=${set.join(",")}`);
    for (const e of own) e.hidden = (set.join() === initial.join()) === "other" in e.dataset;
    showChips();
    if (set.length < 2) {
      root.innerHTML = "";
      say(notice.textContent || "Pick two to four councils.");
      return;
    }
    const cs = await Promise.all(
      set.map(async (s) => (await fetch(`/compare/data/${s}.json`)).json() as Promise<CompareCouncil>),
    );
    root.innerHTML = compareHtml(cs, JSON.parse(root.dataset["m"] ?? "") as CompareMeasure[]);
  };
  /** Read the set from the URL (unknown names dropped with a notice); false when the URL names none. */
  const fromUrl = (): boolean => {
    const asked = (new URLSearchParams(location.search).get("c") ?? "").toLowerCase().split(",").filter(Boolean);
    const bad = asked.filter((s) => !nameOf(s)).map((b) => `“${b.slice(0, 40)}”`);
    set = [...new Set(asked.filter(nameOf))];
    say(
      (bad.length ? `No council called ${bad.join(", ")}; left out. ` : "") +
        (set.length > 4 ? "Four at most: the first four are compared." : ""),
    );
    set = set.slice(0, 4);
    return asked.length > 0;
  };
  picker.hidden = false;
  if (fromUrl()) void draw(false);
  else {
    set = initial;
    showChips();
  }
  picker.querySelector("form")?.addEventListener("submit", (e) => {
    e.preventDefault();
    const s =
      options[
        bestMatch(
          options.map((o) => o.value),
          input.value,
        )
      ]?.dataset["s"];
    say(
      !s ? `No council or district matches “${input.value}”.` : set.length > 3 ? "Four at most: remove one first." : "",
    );
    if (!s || set.includes(s) || set.length > 3) return;
    set = [...set, s];
    input.value = "";
    void draw(true);
  });
  chips.addEventListener("click", (e) => {
    const s = (e.target as HTMLElement).closest("button")?.dataset["s"];
    if (!s) return;
    set = set.filter((x) => x !== s);
    say("");
    void draw(true);
  });
  addEventListener("popstate", () => {
    if (!fromUrl()) set = initial;
    void draw(false);
  });
}

export {};
