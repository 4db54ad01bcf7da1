/**
 * The search page's enhancement. Pagefind's engine (built into dist/pagefind/ after astro build) is loaded on the
 * first input, not before. Results are built as DOM nodes with textContent: Pagefind's excerpts carry <mark>
 * around matches and are split on those tags; nothing from the index is ever parsed as live HTML.
 */

interface PagefindResult {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  debouncedSearch: (
    q: string,
    o?: unknown,
    ms?: number,
  ) => Promise<{ results: { data: () => Promise<PagefindResult> }[] } | null>;
}

const form = document.querySelector<HTMLFormElement>("form[data-search]");
const input = document.querySelector<HTMLInputElement>("#q");
const statusEl = document.getElementById("search-status");
const list = document.getElementById("search-results");
const fallback = document.getElementById("search-fallback");
const SHOW = 10;

export {};
let engine: Promise<Pagefind> | undefined;

/** Pagefind's module, imported once from a path Vite must not bundle. */
function load(): Promise<Pagefind> {
  const path = "/pagefind/pagefind.js";
  engine ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (p) => {
    await p.options({ excerptLength: 24 });
    return p;
  });
  return engine;
}

/** Decode entities in a fragment of text without creating live elements (a parsed, inert document). */
const decode = (s: string): string => new DOMParser().parseFromString(`<p>${s}</p>`, "text/html").body.textContent;

/** An excerpt as text nodes, with the matched words in <mark>. */
function excerpt(html: string): HTMLElement {
  const p = document.createElement("p");
  p.className = "mt-1 text-sm";
  html.split(/<mark>|<\/mark>/).forEach((part, i) => {
    const text = decode(part);
    if (i % 2 === 1) {
      const m = document.createElement("mark");
      m.textContent = text;
      p.append(m);
    } else p.append(text);
  });
  return p;
}

let latest = 0;
async function run(query: string): Promise<void> {
  const ticket = ++latest;
  const q = query.trim();
  if (!statusEl || !list) return;
  if (q === "") {
    list.replaceChildren();
    statusEl.textContent = "";
    return;
  }
  try {
    const search = await (await load()).debouncedSearch(q, {}, 250);
    if (search === null || ticket !== latest) return;
    const data = await Promise.all(search.results.slice(0, SHOW).map((r) => r.data()));
    if (ticket !== latest) return;
    const n = search.results.length;
    statusEl.textContent =
      n === 0
        ? `No results for “${q}”.`
        : `${String(n)} result${n === 1 ? "" : "s"} for “${q}”${n > SHOW ? `; the first ${String(SHOW)} shown` : ""}.`;
    list.replaceChildren(
      ...data.map((d) => {
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = d.url;
        a.className = "text-lg font-semibold";
        a.textContent = (d.meta["title"] ?? d.url).replace(/ \| Caseload Check$/, "");
        li.append(a, excerpt(d.excerpt));
        return li;
      }),
    );
  } catch {
    statusEl.textContent = "Search could not load. Try the list of councils or articles below.";
    if (fallback) fallback.hidden = false;
  }
}

if (form && input && fallback) {
  fallback.hidden = true;
  input.addEventListener("input", () => void run(input.value));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set("q", input.value);
    history.replaceState(null, "", url);
    void run(input.value);
  });
  const initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
