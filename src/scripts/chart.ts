/**
 * Progressive enhancement for every chart frame. Without it the charts, tables and links all work; with it:
 * - each drawing takes focus, arrow keys (and Home/End) step through its marks, and a tooltip shows the mark's
 *   text on focus as well as on hover (the text is the mark's own <title>, written at build time);
 * - "Copy embed code" buttons appear, and "Link to this chart" copies or shares the link.
 */

/** Marks worth stepping through: elements that carry a <title> written from the data. */
const marksOf = (svg: SVGSVGElement): SVGElement[] =>
  [...svg.querySelectorAll("title")]
    .map((t) => t.parentElement)
    .filter((el): el is HTMLElement & SVGElement => el !== null && el !== (svg as Element));

function tipFor(body: HTMLElement): HTMLDivElement {
  const existing = body.querySelector<HTMLDivElement>(".chart-tip");
  if (existing) return existing;
  const tip = document.createElement("div");
  tip.className = "chart-tip";
  tip.setAttribute("role", "status");
  tip.hidden = true;
  body.append(tip);
  return tip;
}

function show(body: HTMLElement, mark: Element): void {
  const tip = tipFor(body);
  const box = mark.getBoundingClientRect();
  const frame = body.getBoundingClientRect();
  tip.textContent = mark.querySelector("title")?.textContent ?? "";
  tip.hidden = false;
  const left = Math.min(box.left - frame.left + box.width / 2 + 8, frame.width - tip.offsetWidth);
  tip.style.left = `${String(Math.max(0, left))}px`;
  tip.style.top = `${String(Math.max(0, box.top - frame.top - tip.offsetHeight - 6))}px`;
}

function enhance(svg: SVGSVGElement, body: HTMLElement): void {
  const marks = marksOf(svg);
  // A drawing of links (a map) is already keyboard-operable through its links.
  if (marks.length === 0 || svg.querySelector("a") !== null) return;
  let index = -1;
  svg.setAttribute("tabindex", "0");
  svg.setAttribute("aria-keyshortcuts", "ArrowLeft ArrowRight Home End");
  const activate = (i: number): void => {
    marks[index]?.removeAttribute("data-active");
    index = (i + marks.length) % marks.length;
    const mark = marks[index];
    if (!mark) return;
    mark.setAttribute("data-active", "true");
    show(body, mark);
  };
  svg.addEventListener("keydown", (event) => {
    const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (event.key in step) activate(index + (step[event.key] ?? 0));
    else if (event.key === "Home") activate(0);
    else if (event.key === "End") activate(marks.length - 1);
    else if (event.key === "Escape") tipFor(body).hidden = true;
    else return;
    event.preventDefault();
  });
  svg.addEventListener("focus", () => {
    activate(Math.max(index, 0));
  });
  svg.addEventListener("blur", () => {
    tipFor(body).hidden = true;
  });
  marks.forEach((mark, i) => {
    mark.addEventListener("pointerenter", () => {
      activate(i);
    });
  });
  svg.addEventListener("pointerleave", () => {
    tipFor(body).hidden = true;
  });
}

for (const body of document.querySelectorAll<HTMLElement>("[data-chart-body]")) {
  for (const svg of body.querySelectorAll<SVGSVGElement>(":scope > div > svg, :scope > div > figure > svg")) {
    enhance(svg, body);
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
  button.hidden = false;
  button.addEventListener("click", () => {
    const source = document.getElementById(button.dataset["copy"] ?? "");
    const text = source instanceof HTMLTextAreaElement ? source.value : (source?.textContent ?? "");
    void navigator.clipboard.writeText(text).then(() => {
      button.textContent = "Copied";
    });
  });
}

for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-share]")) {
  link.addEventListener("click", (event) => {
    const url = link.dataset["share"] ?? link.href;
    event.preventDefault();
    if (typeof navigator.share === "function") {
      void navigator.share({ url, title: link.dataset["shareTitle"] ?? document.title }).catch(() => undefined);
    } else {
      void navigator.clipboard.writeText(url).then(() => {
        link.textContent = "Link copied";
      });
    }
  });
}
