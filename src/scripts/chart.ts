/**
 * Progressive enhancement for every chart frame. Without it the charts, tables and links all work; with it:
 * each drawing takes focus, arrow keys (and Home/End) step through its marks, and a tooltip shows the mark's text on
 * focus as well as on hover (the text is the mark's own <title>, written at build time). Embeds load this and their
 * height script only; the copy and share controls of full pages are share.ts's, loaded by CopyButton.astro.
 */

/** Marks worth stepping through: elements that carry a <title> written from the data. */
const marksOf = (svg: SVGSVGElement): SVGElement[] =>
  [...svg.querySelectorAll("title")]
    .map((t) => t.parentElement)
    .filter((el): el is HTMLElement & SVGElement => el !== null && el !== (svg as Element));

/** Keys that move through the marks: a step from the current mark, or (Home, End) an end. */
const STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i) => i + 1,
  ArrowDown: (i) => i + 1,
  ArrowLeft: (i) => i - 1,
  ArrowUp: (i) => i - 1,
  Home: () => 0,
  End: (_, n) => n - 1,
};

function enhance(svg: SVGSVGElement, body: HTMLElement, tip: HTMLElement): void {
  const marks = marksOf(svg);
  // A drawing of links (a map) is already keyboard-operable through its links.
  if (marks.length === 0 || svg.querySelector("a") !== null) return;
  let index = -1;
  const hide = (): void => {
    tip.hidden = true;
  };
  const activate = (i: number): void => {
    marks[index]?.removeAttribute("data-active");
    index = (i + marks.length) % marks.length;
    const mark = marks[index];
    if (!mark) return;
    mark.setAttribute("data-active", "true");
    // The tooltip sits above the mark, kept inside the frame.
    const box = mark.getBoundingClientRect();
    const frame = body.getBoundingClientRect();
    tip.textContent = mark.querySelector("title")?.textContent ?? "";
    tip.hidden = false;
    const left = Math.min(box.left - frame.left + box.width / 2 + 8, frame.width - tip.offsetWidth);
    tip.style.left = `${String(Math.max(0, left))}px`;
    tip.style.top = `${String(Math.max(0, box.top - frame.top - tip.offsetHeight - 6))}px`;
  };
  svg.setAttribute("tabindex", "0");
  svg.setAttribute("aria-keyshortcuts", "ArrowLeft ArrowRight Home End");
  svg.addEventListener("keydown", (event) => {
    const step = STEPS[event.key];
    if (step) activate(step(index, marks.length));
    else if (event.key === "Escape") hide();
    else return;
    event.preventDefault();
  });
  svg.addEventListener("focus", () => {
    activate(Math.max(index, 0));
  });
  svg.addEventListener("blur", hide);
  svg.addEventListener("pointerleave", hide);
  marks.forEach((mark, i) => {
    mark.addEventListener("pointerenter", () => {
      activate(i);
    });
  });
}

for (const body of document.querySelectorAll<HTMLElement>("[data-chart-body]")) {
  // One tooltip per chart frame (ChartFigure.astro writes it), shared by its drawings, wide and narrow.
  const tip = body.querySelector<HTMLElement>(".chart-tip");
  if (!tip) continue;
  for (const svg of body.querySelectorAll<SVGSVGElement>(":scope > div > svg, :scope > div > figure > svg")) {
    enhance(svg, body, tip);
  }
}
