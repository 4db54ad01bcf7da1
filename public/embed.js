/* Caseload Check embed listener: sizes our iframes from the heights they post. Checks origin, shape, source. */
(function () {
  var s = document.currentScript, o = s && new URL(s.src).origin;
  if (!o || window.__ccEmbed) return;
  window.__ccEmbed = 1;
  function frames() { return document.querySelectorAll("iframe[data-caseload-check]"); }
  addEventListener("message", function (e) {
    var d = e.data;
    if (e.origin !== o || !d || d.type !== "caseload-check:height" || typeof d.height !== "number" ||
      !(d.height > 0 && d.height < 20000) || typeof d.path !== "string") return;
    for (var f = frames(), i = 0; i < f.length; i++) {
      var u = new URL(f[i].src, location.href);
      if (f[i].contentWindow === e.source && u.origin === o && u.pathname === d.path)
        f[i].style.height = Math.ceil(d.height) + "px";
    }
  });
  for (var f = frames(), i = 0; i < f.length; i++)
    if (f[i].contentWindow) f[i].contentWindow.postMessage({ type: "caseload-check:measure" }, o);
})();
