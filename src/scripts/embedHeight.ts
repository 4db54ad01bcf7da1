/** Inside an embed: tell the parent page how tall the document is, now and whenever it changes. */
import type { HeightMessage } from "../lib/embed.ts";

if (window.parent !== window) {
  let last = 0;
  const post = (): void => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: "caseload-check:height", path: location.pathname, height };
    // The height is not secret; the listener checks the sender's origin, so "*" is safe here.
    window.parent.postMessage(message, "*");
  };
  new ResizeObserver(post).observe(document.documentElement);
  window.addEventListener("load", post);
  post();
}
