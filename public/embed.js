/* Caseload Check embed listener: sizes our iframes from the height their pages post. Checks origin and shape. */
(function () {
  var s = document.currentScript, o = s && new URL(s.src).origin;
  if (!o || window.__ccEmbed) return;
  window.__ccEmbed = 1;
  addEventListener("message", function (e) {
    var d = e.data;
    if (e.origin !== o || !d || d.type !== "caseload-check:height" || typeof d.height !== "number" ||
      !(d.height > 0 && d.height < 20000) || typeof d.path !== "string") return;
    var f = document.querySelectorAll("iframe[data-caseload-check]");
    for (var i = 0; i < f.length; i++) {
      if (f[i].contentWindow === e.source && new URL(f[i].src).origin === o) f[i].style.height = Math.ceil(d.height) + "px";
    }
  });
})();
