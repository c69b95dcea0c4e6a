(function () {
  "use strict";
  // The page's tests and screenshots look for this class: the script ran.
  document.documentElement.classList.add("js");
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.card"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("a.m"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.row"));
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-filter]"));
  var only = document.getElementById("only-findings");
  var byId = {};
  cards.forEach(function (c) { byId[c.id] = c; });
  var current = -1;

  function shown(id) {
    var c = byId[id];
    return !!c && !c.hidden;
  }

  // apply shows the findings whose kind and severity are both ticked, and
  // with "only rows with findings", only the rows that show one.
  function apply() {
    var off = {};
    boxes.forEach(function (b) { if (!b.checked) { off[b.getAttribute("data-filter")] = true; } });
    cards.forEach(function (c) {
      c.hidden = !!(off["k:" + c.getAttribute("data-k")] || off["s:" + c.getAttribute("data-s")]);
    });
    marks.forEach(function (m) {
      m.classList.toggle("off", !m.getAttribute("data-f").split(" ").some(shown));
    });
    var onlyFindings = only && only.checked;
    rows.forEach(function (r) {
      r.hidden = onlyFindings && !r.querySelector("article.card:not([hidden]), a.m:not(.off)");
    });
  }
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  if (only) { only.addEventListener("change", apply); }

  // go moves to the next (step 1) or previous (step -1) finding shown.
  function go(step) {
    var visible = cards.filter(function (c) { return !c.hidden && !(c.closest("tr") || {}).hidden; });
    if (!visible.length) { return; }
    var at = visible.indexOf(cards[current]);
    var next = at < 0 ? (step > 0 ? 0 : visible.length - 1) : (at + step + visible.length) % visible.length;
    select(cards.indexOf(visible[next]));
  }

  function select(i) {
    document.querySelectorAll(".current").forEach(function (e) { e.classList.remove("current"); });
    current = i;
    var c = cards[i];
    c.classList.add("current");
    marks.forEach(function (m) {
      if (m.getAttribute("data-f").split(" ").indexOf(c.id) >= 0) { m.classList.add("current"); }
    });
    var row = c.closest("tr") || c;
    row.scrollIntoView({ block: "center" });
    c.focus({ preventScroll: true });
    if (history.replaceState) { history.replaceState(null, "", "#" + c.id); }
  }

  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable)) { return; }
    if (e.key === "n") { go(1); e.preventDefault(); }
    if (e.key === "p") { go(-1); e.preventDefault(); }
  });

  marks.forEach(function (m) {
    m.addEventListener("click", function (e) {
      var i = cards.indexOf(byId[m.getAttribute("data-f").split(" ")[0]]);
      if (i >= 0) { select(i); e.preventDefault(); }
    });
  });
})();
