/**
 * Beside a chart on a full page (CopyButton.astro loads it; embeds have neither): the "Copy embed code" button
 * appears and copies its box, and "Share this chart" opens the system's share sheet or, without one, copies the
 * link. Without JavaScript the box can be selected by hand and the link leads to the chart's own page.
 */
const copy = (el: HTMLElement, text: string, done: string): void => {
  void navigator.clipboard.writeText(text).then(() => {
    el.textContent = done;
  });
};

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
  button.hidden = false;
  button.onclick = () => {
    const source = document.getElementById(button.dataset["copy"] ?? "");
    copy(button, source instanceof HTMLTextAreaElement ? source.value : (source?.textContent ?? ""), "Copied");
  };
}

for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-share]")) {
  link.onclick = (event) => {
    const url = link.dataset["share"] ?? link.href;
    event.preventDefault();
    if (typeof navigator.share === "function") {
      void navigator.share({ url, title: link.dataset["shareTitle"] ?? document.title }).catch(() => undefined);
    } else copy(link, url, "Link copied");
  };
}
