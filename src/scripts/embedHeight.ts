/**
 * Inside an embed: tell the parent page how tall the document is, now and whenever it changes, and again when
 * the parent's listener starts and asks (it may load after the first message was sent).
 */
import type { HeightMessage } from "../lib/embed.ts";

if (window.parent !== window) {
  let last = 0;
  const post = (force = false): void => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    const message: HeightMessage = { type: "caseload-check:height", path: location.pathname, height };
    // The height is not secret; the listener checks the sender's origin, so "*" is safe here.
    window.parent.postMessage(message, "*");
  };
  new ResizeObserver(() => {
    post();
  }).observe(document.documentElement);
  window.addEventListener("load", () => {
    post();
  });
  // Only the parent may ask, and only with the one message shape; the answer is the same height message.
  window.addEventListener("message", (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (
      event.source === window.parent &&
      typeof data === "object" &&
      data !== null &&
      (data as { type?: unknown }).type === "caseload-check:measure"
    ) {
      post(true);
    }
  });
  post();
}

// The theme the publisher asked for in the embed's address; without it (or without JavaScript) the embed is light.
const theme = new URLSearchParams(location.search).get("theme");
const root = document.documentElement;
if (theme === "auto") root.classList.add("theme-auto");
if (theme === "dark") {
  // Apply the dark tokens of the one dark rule in the stylesheet, whatever the reader's system prefers.
  for (const sheet of document.styleSheets)
    for (const rule of sheet.cssRules)
      if (rule instanceof CSSMediaRule && rule.conditionText.includes("dark"))
        for (const inner of rule.cssRules)
          if (inner instanceof CSSStyleRule)
            for (const name of inner.style) root.style.setProperty(name, inner.style.getPropertyValue(name));
  root.style.colorScheme = "dark";
}
