/**
 * The caseload chart's comparator switch. Reads ?compare=, shows that view's figure and hides the others; an
 * unknown value shows the default with a short notice. Choosing a view rewrites ?compare= (replaceState), so
 * the URL can be shared. Without this script every view stays on the page, reachable by in-page links.
 */
import { parseCompare, viewFigureId, type CompareView } from "../../lib/council/compare.ts";

for (const root of document.querySelectorAll<HTMLElement>("[data-compare]")) {
  const slug = root.dataset["compare"] ?? "";
  const views = (root.dataset["views"] ?? "").split(" ") as CompareView[];
  const links = [...root.querySelectorAll<HTMLAnchorElement>("a[data-view]")];
  const notice = root.querySelector<HTMLElement>("[data-compare-notice]");
  const show = (view: CompareView, write: boolean): void => {
    for (const v of views) {
      const fig = document.getElementById(viewFigureId(v, slug));
      if (fig) fig.hidden = v !== view;
    }
    for (const a of links) {
      if (a.dataset["view"] === view) a.setAttribute("aria-current", "true");
      else a.removeAttribute("aria-current");
    }
    if (write) {
      const url = new URL(location.href);
      url.searchParams.set("compare", view);
      url.hash = "";
      history.replaceState(null, "", url);
    }
  };
  const raw = new URLSearchParams(location.search).get("compare");
  let { view, notice: text } = parseCompare(raw);
  if (!views.includes(view)) {
    text = "That comparison is not available for this council, so the page shows England and the region.";
    view = "england";
  }
  if (text && notice) {
    notice.textContent = text;
    notice.hidden = false;
  }
  show(view, false);
  for (const a of links) {
    a.addEventListener("click", (event) => {
      event.preventDefault();
      if (notice) notice.hidden = true;
      show((a.dataset["view"] ?? "england") as CompareView, true);
    });
  }
}
