/**
 * /check/: reads ?council=&cases=&fte= (or the form), works out cases per FTE and writes the comparison, the
 * 2021 band and a sentence to copy (its copy button is CopyButton.astro's). Everything happens here, in the browser:
 * no request, no storage. The rules live in checkState.ts; the wording lives in the page (templates with {names}),
 * so this script stays small.
 */
import {
  bandOf,
  fill,
  numText,
  readState,
  shareFrom,
  stateQuery,
  type CheckData,
  type CheckState,
} from "./checkState.ts";

const byId = (id: string): HTMLElement | null => document.getElementById(id);
const form = byId("check-form") as HTMLFormElement | null;
const body = byId("result-body");
const invite = byId("invite") as HTMLAnchorElement | null;
const sentence = byId("sentence");
const share = byId("share");

if (form && body && invite && sentence && share) {
  const data = JSON.parse(form.dataset["check"] ?? "") as CheckData;
  const rows = new Map(
    [...document.querySelectorAll<HTMLElement>("tr[data-slug]")].map((r) => [r.dataset["slug"], r.dataset]),
  );
  const input = (name: string): HTMLInputElement | null => form.querySelector(`[name="${name}"]`);
  /** The page's template `key`, filled in. */
  const text = (key: string, vars: Record<string, string> = {}): string =>
    fill(document.querySelector(`[data-t="${key}"]`)?.textContent ?? "", vars)
      .replace(/\s+/g, " ")
      .trim();
  const para = (key: string, vars?: Record<string, string>): HTMLElement =>
    Object.assign(document.createElement("p"), { textContent: text(key, vars) });
  let current: CheckState = { council: "", cases: null, fte: 1 };

  const render = (s: CheckState): void => {
    const row = rows.get(s.council);
    const year = row?.["year"] ?? data.latest;
    const official = Number(row?.["value"] ?? data.england[data.latest]);
    const name = row?.["name"] ?? "";
    const cases = s.cases;
    const values = {
      date: new Date().toISOString().slice(0, 10),
      council: name,
      cases: String(cases ?? ""),
      fte: String(s.fte),
    };
    invite.href = (invite.dataset["mailto"] ?? "") + encodeURIComponent(fill(invite.dataset["body"] ?? "", values));
    share.hidden = sentence.hidden = cases === null;
    if (cases === null) {
      body.replaceChildren(para("prompt"));
      return;
    }
    const x = Math.round((cases / s.fte) * 10) / 10;
    const b = bandOf(x, data.bands);
    const eng = data.england[year] ?? official;
    const vars = {
      cases: numText(cases),
      fte: String(s.fte),
      x: numText(x),
      ratio: (x / official).toFixed(1),
      whose: row?.["whose"] ?? text("england"),
      official: official.toFixed(1),
      year,
      eratio: (x / eng).toFixed(1),
      eng: eng.toFixed(1),
      from: String(b?.[0]),
      to: String(b?.[1]),
      s0: shareFrom(data.bands, b?.[0] ?? 0).toFixed(1),
      s1: shareFrom(data.bands, b?.[1] ?? 0).toFixed(1),
    };
    const band = b ? (b === data.bands.at(-1) ? "band-top" : "band") : x < 1 ? "band-below" : "band-above";
    body.replaceChildren(para("per", vars), para(row ? "vs-eng" : "vs", vars), para(band, vars), para("figures", vars));
    sentence.textContent = text("sentence", vars);
    byId("share-link")?.setAttribute("href", location.pathname + stateQuery(s));
  };

  const apply = (p: URLSearchParams): void => {
    const { state, notices } = readState(p, (slug) => !!rows.get(slug)?.["value"], data.week);
    byId("notices")?.replaceChildren(...notices.map((n) => para(`notice-${n}`)));
    const [cases, fte] = [input("cases"), input("fte")];
    if (cases) cases.value = String(state.cases ?? "");
    if (fte) fte.value = String(state.fte);
    current = state;
    render(state);
    if (p.size > 0) history.replaceState(null, "", stateQuery(state));
  };

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const sub = e.submitter as HTMLButtonElement | null;
    const picked = sub?.name === "council";
    const p = new URLSearchParams({ council: picked ? sub.value : current.council });
    for (const name of ["cases", "fte", "hours"]) p.set(name, input(name)?.value ?? "");
    apply(p);
    if (picked) byId("result")?.scrollIntoView();
  });
  apply(new URLSearchParams(location.search));
}

export {};
