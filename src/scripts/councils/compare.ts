/**
 * The caseload chart's comparator switch. Reads ?compare=, shows that view's figure and hides the others; a value
 * the page does not offer shows the default with a short notice. Choosing a view rewrites ?compare= (replaceState),
 * so the URL can be shared. Each link names its view (data-view) and its figure (its #fragment), so this script
 * needs no list of views. Without it every view stays on the page, reachable by those in-page links.
 */
import { parseCompare } from "../../lib/council/compare.ts";

for (const root of document.querySelectorAll<HTMLElement>("[data-compare]")) {
  const links = [...root.querySelectorAll<HTMLAnchorElement>("a[data-view]")];
  const notice = root.querySelector<HTMLElement>("[data-compare-notice]");
  const show = (view: string, write: boolean): void => {
    for (const a of links) {
      const on = a.dataset["view"] === view;
      const fig = document.getElementById(a.hash.slice(1));
      if (fig) fig.hidden = !on;
      if (on) a.setAttribute("aria-current", "true");
      else a.removeAttribute("aria-current");
    }
    if (write) {
      const url = new URL(location.href);
      url.searchParams.set("compare", view);
      url.hash = "";
      history.replaceState(null, "", url);
    }
  };
  const offered = links.map((a) => a.dataset["view"] ?? "");
  const { view, notice: text } = parseCompare(new URLSearchParams(location.search).get("compare"), offered);
  if (text && notice) {
    notice.textContent = text;
    notice.hidden = false;
  }
  show(view, false);
  for (const a of links) {
    a.addEventListener("click", (event) => {
      event.preventDefault();
      if (notice) notice.hidden = true;
      show(a.dataset["view"] ?? view, true);
    });
  }
}
