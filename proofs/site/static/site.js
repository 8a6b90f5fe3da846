/* dlnproof blueprint site: math typesetting (vendored KaTeX), ledger search/filters/sorting, graph highlighting. */
(function () {
  "use strict";
  function typeset() {
    if (typeof renderMathInElement !== "function") { return; }
    renderMathInElement(document.body, {
      delimiters: [
        { left: "$$", right: "$$", display: true },
        { left: "\\[", right: "\\]", display: true },
        { left: "\\(", right: "\\)", display: false },
        { left: "$", right: "$", display: false }
      ],
      ignoredTags: ["script", "noscript", "style", "textarea", "pre", "code", "option"],
      throwOnError: false
    });
    document.body.setAttribute("data-math", "done");
  }

  function ledger() {
    var table = document.getElementById("ledger");
    if (!table) { return; }
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var search = document.getElementById("search");
    var selects = Array.prototype.slice.call(document.querySelectorAll("select[data-filter]"));
    var shown = document.getElementById("shown");
    function apply() {
      var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      var n = 0;
      rows.forEach(function (row) {
        var ok = selects.every(function (s) { return !s.value || row.getAttribute("data-" + s.getAttribute("data-filter")) === s.value; });
        var text = row.getAttribute("data-search");
        ok = ok && words.every(function (w) { return text.indexOf(w) >= 0; });
        row.classList.toggle("hidden", !ok);
        if (ok) { n += 1; }
      });
      shown.textContent = String(n);
    }
    search.addEventListener("input", apply);
    selects.forEach(function (s) { s.addEventListener("change", apply); });
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headers.forEach(function (th, col) {
      if (!th.hasAttribute("data-sort")) { return; }
      th.addEventListener("click", function () {
        var down = th.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", down ? "ascending" : "descending");
        rows.sort(function (a, b) {
          var x = a.cells[col].textContent.trim(), y = b.cells[col].textContent.trim();
          return (down ? 1 : -1) * x.localeCompare(y, undefined, { numeric: true });
        });
        rows.forEach(function (row) { table.tBodies[0].appendChild(row); });
      });
    });
    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (s) { var v = params.get(s.getAttribute("data-filter")); if (v) { s.value = v; } });
    if (params.get("q")) { search.value = params.get("q"); }
    apply();
  }

  function graph() {
    var svg = document.getElementById("graph");
    if (!svg) { return; }
    var edges = Array.prototype.slice.call(svg.querySelectorAll(".edge"));
    function light(id, on) {
      edges.forEach(function (e) {
        if (e.getAttribute("data-from") === id || e.getAttribute("data-to") === id) { e.classList.toggle("lit", on); }
      });
    }
    Array.prototype.slice.call(svg.querySelectorAll(".node")).forEach(function (node) {
      var id = node.id.replace(/^node-/, "");
      node.addEventListener("mouseenter", function () { light(id, true); });
      node.addEventListener("mouseleave", function () { light(id, false); });
    });
    var box = document.getElementById("graph-search");
    if (box) {
      box.addEventListener("input", function () {
        var q = box.value.toLowerCase();
        var first = null;
        Array.prototype.slice.call(svg.querySelectorAll(".node")).forEach(function (node) {
          var hit = q.length > 1 && node.textContent.toLowerCase().indexOf(q) >= 0;
          node.classList.toggle("lit", hit);
          if (hit && !first) { first = node; }
        });
        if (first) { first.scrollIntoView({ block: "center", inline: "center" }); }
      });
    }
  }

  document.addEventListener("DOMContentLoaded", function () { ledger(); graph(); typeset(); });
}());
