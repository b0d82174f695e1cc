"""The review page's own style and script (inlined into the page; no
network).  Kept apart from ``report_html.py`` so that the Python reads short.

The script builds every element with ``textContent`` / ``createElement``
(never ``innerHTML``), so post text cannot become markup.
"""

from __future__ import annotations

#: rule -> (strong colour, light background); front-matter rules share greens
RULE_COLOURS = {
    "monologue": ("#8e3fb5", "#f3e6fa"),
    "seams": ("#d9730d", "#fdecd9"),
    "dedup": ("#2f6fd6", "#e1ecfc"),
    "frontmatter_syntax": ("#1e8a4c", "#dcf3e5"),
    "title": ("#2e9e5b", "#e0f5e8"),
    "excerpt": ("#4aa66f", "#e5f6eb"),
    "reading_time": ("#66b184", "#eaf7ef"),
    "artifacts": ("#b0413e", "#f9e1e0"),
    "encoding": ("#0f8b8d", "#dcf2f2"),
    "other": ("#6b7280", "#eceef1"),
}
#: the legend under the chart
RULE_GROUPS = (
    ("monologue", "monologue"),
    ("seams", "seam"),
    ("dedup", "duplicate"),
    ("title", "front matter"),
    ("artifacts", "artifacts"),
    ("encoding", "encoding"),
)

_RULE_CSS = "".join(f".r-{rule}{{--c:{strong};--bg:{light}}}" for rule, (strong, light) in RULE_COLOURS.items())

CSS = (
    """
:root{--fg:#1f2328;--muted:#656d76;--line:#d0d7de;--bg:#fff;--soft:#f6f8fa;--add:#e6f6ea;--addx:#aee5bb;
font-family:system-ui,-apple-system,"Segoe UI","Hiragino Sans","Hiragino Kaku Gothic ProN","Noto Sans CJK JP","Noto Sans JP","Yu Gothic UI","Yu Gothic",Meiryo,Roboto,"Helvetica Neue",Arial,sans-serif;
color:var(--fg);background:var(--bg);line-height:1.5}
body{margin:0}header,main{max-width:1200px;margin:0 auto;padding:0 16px}
h1{font-size:1.5rem;margin:16px 0 0}h2{font-size:1.1rem;margin:18px 0 8px}.meta{color:var(--muted);margin:2px 0 8px;font-size:.85rem}
.stats{display:flex;flex-wrap:wrap;gap:8px}.stat{border:1px solid var(--line);border-radius:6px;padding:6px 12px;min-width:90px;background:var(--soft)}
.stat .n{display:block;font-size:1.3rem;font-weight:600}.stat .l{color:var(--muted);font-size:.8rem}.stat.bad{border-color:#cf222e;background:#ffebe9}
.chart svg{max-width:100%;height:auto}.chart .cl{font-size:13px;fill:var(--fg)}.chart .cn{font-size:12px;fill:var(--muted)}.chart a:hover rect{opacity:.8}
.legend{font-size:.8rem;color:var(--muted)}.lg{margin-right:12px;white-space:nowrap}.sw{display:inline-block;width:10px;height:10px;border-radius:2px;background:var(--c);margin-right:4px}
#attention{border:1px solid #cf222e;border-radius:6px;padding:4px 12px;margin-top:14px;background:#fff8f7}#attention ul{padding-left:18px;margin:4px 0}
#attention .why{color:#82071e;font-size:.85rem;overflow-wrap:anywhere}
#controls{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin-bottom:8px;position:sticky;top:0;background:var(--bg);padding:6px 0;z-index:2;border-bottom:1px solid var(--line)}
#controls label{font-size:.85rem;color:var(--muted)}#controls select,#controls input,#controls button,.pager button{font:inherit;font-size:.85rem;padding:2px 6px}
#controls .count{margin-left:auto;font-size:.85rem;color:var(--muted)}
.file{border:1px solid var(--line);border-radius:6px;margin:6px 0;background:var(--bg)}
.file>.row{display:flex;gap:8px;align-items:center;padding:6px 10px;cursor:pointer;flex-wrap:wrap}.file>.row:hover{background:var(--soft)}
.file>.row .path{font-weight:600;overflow-wrap:anywhere;flex:1 1 300px}.file>.row .num{font-size:.8rem;color:var(--muted);white-space:nowrap}
.tw{display:inline-block;width:1em;color:var(--muted)}
.chip{display:inline-block;font-size:.75rem;border-radius:10px;padding:0 7px;background:var(--bg);color:var(--c);border:1px solid var(--c);white-space:nowrap}
.badge{display:inline-block;font-size:.72rem;border-radius:4px;padding:0 6px;background:#eaeef2;color:#32383f;white-space:nowrap}
.st-failed,.st-no-article{background:#cf222e;color:#fff}.st-changed{background:#ddf4ff;color:#0550ae}.st-skipped{background:#fff8c5;color:#7d4e00}
.detail{border-top:1px solid var(--line);padding:8px 10px}
.err{color:#82071e;background:#ffebe9;border-radius:4px;padding:6px 8px;overflow-wrap:anywhere}
.diff{border:1px solid var(--line);border-radius:4px;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Noto Sans Mono CJK JP","Noto Sans CJK JP",monospace;font-size:.82rem}
.d{display:grid;grid-template-columns:4.2em 3.4em 1fr;border-top:1px solid #eef1f4}.d:first-child{border-top:0}
.d .no{color:var(--muted);text-align:right;padding:1px 6px;user-select:none;font-size:.75rem}.d .op{color:var(--muted);text-align:center;user-select:none;font-size:.72rem;padding-top:2px}
.d .tx{white-space:pre-wrap;overflow-wrap:anywhere;word-break:normal;line-break:strict;padding:1px 8px;min-height:1.3em}
.d.del{background:var(--bg);box-shadow:inset 4px 0 0 var(--c)}.d.del .tx{background:var(--bg)}
.d.del del{background:color-mix(in srgb,var(--c) 28%,white);text-decoration:line-through;text-decoration-color:color-mix(in srgb,var(--c) 60%,transparent)}
.d.add{background:var(--add);box-shadow:inset 4px 0 0 #2da44e}.d.add ins{background:var(--addx);text-decoration:none}
.d.gap .tx{color:var(--muted);font-style:italic;background:var(--soft)}
.d.flash{outline:2px solid #bf8700;outline-offset:-2px}
.cut{color:var(--muted);font-style:italic;font-size:.75rem}
.join{color:#d9730d;font-weight:700;padding:0 2px}
.note{font-family:system-ui,-apple-system,"Segoe UI","Hiragino Sans","Noto Sans CJK JP","Yu Gothic",Meiryo,sans-serif;font-size:.82rem;padding:4px 10px 6px 7.6em;background:var(--soft);border-top:1px dashed var(--line)}
.note .fx{margin:2px 0;overflow-wrap:anywhere}.note .fx .chip{margin-right:6px}.note a,.fixlist a{color:#0969da}
.note .ex{color:var(--muted)}
.fixlist{font-size:.85rem;margin:0 0 8px}.fixlist li{margin:2px 0;overflow-wrap:anywhere}
.pager{display:flex;gap:8px;align-items:center;justify-content:center;margin:10px 0;font-size:.85rem}
details.all{font-size:.85rem;margin:6px 0}
#page-errors{color:#cf222e}
.none{color:var(--muted)}
"""
    + _RULE_CSS
)

JS = r"""
"use strict";
(function () {
  var errors = [];
  function record(msg) {
    errors.push(String(msg));
    var box = document.getElementById("page-errors");
    if (box) { box.hidden = false; box.textContent = errors.join("\n"); }
    document.body.setAttribute("data-errors", String(errors.length));
  }
  window.addEventListener("error", function (e) { record("error: " + (e.message || e.type)); });
  window.addEventListener("unhandledrejection", function (e) { record("rejection: " + e.reason); });
  document.addEventListener("securitypolicyviolation", function (e) { record("csp: " + e.violatedDirective); });
  var origError = console.error;
  console.error = function () { record("console.error: " + Array.prototype.join.call(arguments, " ")); origError.apply(console, arguments); };

  var FM = {frontmatter_syntax: 1, title: 1, excerpt: 1, reading_time: 1};
  var PAGE = 100;
  var index = JSON.parse(document.getElementById("index").textContent);
  var rulesAll = {};
  index.forEach(function (f) { for (var r in f.rules) rulesAll[r] = (rulesAll[r] || 0) + f.rules[r]; });
  var state = {rule: "", status: "", sort: "attention", q: "", page: 1, file: null};
  var opened = {};

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function bytes(n) { return n < 1024 ? n + " B" : n < 1048576 ? (n / 1024).toFixed(1) + " KB" : (n / 1048576).toFixed(1) + " MB"; }
  function ruleClass(rule) { return "r-" + (/^[a-z_]+$/.test(rule) ? rule : "other"); }
  function chip(rule, text) { var c = el("span", "chip " + ruleClass(rule), text || rule); return c; }

  // -- state <-> location.hash (so a filtered view can be linked and reloaded)
  function readHash() {
    var h = location.hash.replace(/^#/, "");
    var s = {rule: "", status: "", sort: "attention", q: "", page: 1, file: null};
    h.split("&").forEach(function (kv) {
      if (!kv) return;
      var i = kv.indexOf("="), k = i < 0 ? kv : kv.slice(0, i), v = i < 0 ? "" : decodeURIComponent(kv.slice(i + 1));
      if (k === "rule" || k === "status" || k === "sort" || k === "q") s[k] = v;
      else if (k === "page") s.page = Math.max(1, parseInt(v, 10) || 1);
      else if (k === "file") s.file = v;
    });
    if (!s.sort) s.sort = "attention";
    return s;
  }
  function writeHash() {
    var parts = [];
    ["rule", "status", "q"].forEach(function (k) { if (state[k]) parts.push(k + "=" + encodeURIComponent(state[k])); });
    if (state.sort !== "attention") parts.push("sort=" + state.sort);
    if (state.page > 1) parts.push("page=" + state.page);
    var h = parts.length ? "#" + parts.join("&") : location.pathname + location.search;
    history.replaceState(null, "", parts.length ? h : h);
  }

  function attention(f) { return f.status === "failed" || f.status === "no-article" ? 0 : f.status === "changed" ? 1 : 2; }
  function visible() {
    var q = state.q.toLowerCase();
    var list = index.filter(function (f) {
      if (state.rule && !f.rules[state.rule]) return false;
      if (state.status && f.status !== state.status) return false;
      if (q && f.path.toLowerCase().indexOf(q) < 0) return false;
      return true;
    });
    var by = {
      attention: function (a, b) { return attention(a) - attention(b) || a.k - b.k; },
      removed: function (a, b) { return b.bytes - a.bytes || a.k - b.k; },
      fixes: function (a, b) { return b.fixes - a.fixes || a.k - b.k; },
      path: function (a, b) { return a.path < b.path ? -1 : a.path > b.path ? 1 : 0; },
      input: function (a, b) { return a.k - b.k; }
    }[state.sort] || function (a, b) { return a.k - b.k; };
    return list.sort(by);
  }

  // -- controls
  var controls = document.getElementById("controls");
  function select(name, label, options) {
    var l = el("label", null, label + " ");
    var s = el("select"); s.id = "sel-" + name;
    options.forEach(function (o) { var op = el("option", null, o[1]); op.value = o[0]; s.appendChild(op); });
    s.addEventListener("change", function () { state[name] = s.value; state.page = 1; writeHash(); render(); });
    l.appendChild(s); controls.appendChild(l);
    return s;
  }
  var ruleOpts = [["", "all rules"]].concat(Object.keys(rulesAll).sort().map(function (r) { return [r, r + " (" + rulesAll[r] + ")"]; }));
  var statuses = {};
  index.forEach(function (f) { statuses[f.status] = (statuses[f.status] || 0) + 1; });
  var statusOpts = [["", "all"]].concat(Object.keys(statuses).sort().map(function (s) { return [s, s + " (" + statuses[s] + ")"]; }));
  var selRule = select("rule", "rule", ruleOpts);
  var selStatus = select("status", "status", statusOpts);
  var selSort = select("sort", "sort", [["attention", "failed first"], ["removed", "most removed"], ["fixes", "most fixes"], ["path", "path"], ["input", "input order"]]);
  var search = el("input"); search.type = "search"; search.placeholder = "path contains…"; search.id = "search";
  search.addEventListener("input", function () { state.q = search.value; state.page = 1; writeHash(); render(); });
  controls.appendChild(search);
  var expandAll = el("button", null, "open all on page");
  expandAll.type = "button";
  controls.appendChild(expandAll);
  var count = el("span", "count"); controls.appendChild(count);

  var listBox = document.getElementById("list");
  var shownNow = [];

  function render() {
    selRule.value = state.rule; selStatus.value = state.status; selSort.value = state.sort;
    if (search.value !== state.q) search.value = state.q;
    var list = visible();
    var pages = Math.max(1, Math.ceil(list.length / PAGE));
    if (state.page > pages) state.page = pages;
    var slice = list.slice((state.page - 1) * PAGE, state.page * PAGE);
    count.textContent = list.length + " of " + index.length + " files";
    listBox.textContent = "";
    shownNow = slice;
    slice.forEach(function (f) { listBox.appendChild(fileBox(f)); });
    if (!slice.length) listBox.appendChild(el("p", "none", "No files match."));
    if (pages > 1) listBox.appendChild(pager(pages));
    document.body.setAttribute("data-shown", slice.map(function (f) { return f.k; }).join(","));
  }

  function pager(pages) {
    var p = el("div", "pager");
    var prev = el("button", null, "‹ previous"); prev.type = "button"; prev.disabled = state.page <= 1;
    var next = el("button", null, "next ›"); next.type = "button"; next.disabled = state.page >= pages;
    prev.addEventListener("click", function () { state.page--; writeHash(); render(); window.scrollTo(0, listBox.offsetTop - 60); });
    next.addEventListener("click", function () { state.page++; writeHash(); render(); window.scrollTo(0, listBox.offsetTop - 60); });
    p.appendChild(prev); p.appendChild(el("span", null, "page " + state.page + " of " + pages)); p.appendChild(next);
    return p;
  }

  function fileBox(f) {
    var box = el("div", "file"); box.id = "file-" + f.k; box.setAttribute("data-k", f.k);
    box.setAttribute("data-rules", Object.keys(f.rules).join(" "));
    var row = el("div", "row"); row.setAttribute("role", "button"); row.tabIndex = 0;
    row.appendChild(el("span", "tw", opened[f.k] ? "▾" : "▸"));
    row.appendChild(el("span", "badge st-" + f.status, f.status));
    row.appendChild(el("span", "path", f.path));
    Object.keys(f.rules).sort().forEach(function (r) { row.appendChild(chip(r, r + " " + f.rules[r])); });
    if (f.notes) row.appendChild(el("span", "num", f.notes + " kept"));
    if (f.status !== "failed") row.appendChild(el("span", "num", bytes(f.bytes) + " removed"));
    function toggle() { opened[f.k] = !opened[f.k]; var n = fileBox(f); box.replaceWith(n); }
    row.addEventListener("click", toggle);
    row.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); toggle(); } });
    box.appendChild(row);
    if (opened[f.k]) box.appendChild(detail(f));
    return box;
  }

  // -- one file's view, built from its JSON block on first open
  function detail(f) {
    var d = el("div", "detail");
    var data;
    try { data = JSON.parse(document.getElementById("f" + f.k).textContent); }
    catch (e) { record("file " + f.k + ": " + e); return d; }
    if (data.lang) d.lang = data.lang;
    if (data.error) d.appendChild(el("div", "err", data.error));
    if (data.no_article) d.appendChild(el("div", "err", data.no_article));
    if (data.skipped) d.appendChild(el("p", "none", "skipped: " + data.skipped));
    if (data.review_problem) d.appendChild(el("div", "err", data.review_problem));
    var fixes = data.fixes || [], refs = data.refs || [];
    var located = {};
    (data.hunks || []).forEach(function (r) { r[3].forEach(function (i) { located[i] = true; }); });
    var loose = [];
    fixes.forEach(function (fx, i) { if (!located[i]) loose.push(i); });
    if (loose.length) {
      d.appendChild(el("div", "none", fixes.length && loose.length === fixes.length && !(data.hunks || []).length ? "Fixes:" : "Not at a changed line of the diff (notes kept in place, or a change the diff shows at another copy of the same text):"));
      var ul = el("ul", "fixlist");
      loose.forEach(function (i) { var li = el("li"); fixLine(li, f.k, fixes[i], refs[i] || [], false); ul.appendChild(li); });
      d.appendChild(ul);
    }
    if ((data.hunks || []).length) d.appendChild(diffView(f.k, data, fixes, refs));
    if (fixes.length) {
      var all = el("details", "all");
      all.appendChild(el("summary", null, "all " + fixes.length + " fixes as a table"));
      var ul2 = el("ul", "fixlist");
      fixes.forEach(function (fx, i) { var li = el("li"); fixLine(li, f.k, fx, refs[i] || [], true); ul2.appendChild(li); });
      all.appendChild(ul2);
      d.appendChild(all);
    }
    return d;
  }

  function lineLabel(lines) { return lines[0] === lines[1] ? "line " + lines[0] : "lines " + lines[0] + "-" + lines[1]; }

  // "rule action (lines): reason — “excerpt”", with "line N" in a duplicate's reason linked to the kept copy
  function fixLine(box, k, fx, refs, jump) {
    var p = el("div", "fx");
    p.appendChild(chip(fx.rule));
    var what = el("b", null, fx.action + " ");
    p.appendChild(what);
    if (jump) {
      var a = el("a", null, lineLabel(fx.lines)); a.href = "#file-" + k + "-L" + fx.lines[0];
      a.addEventListener("click", function (e) { e.preventDefault(); jumpTo(k, fx.lines[0]); });
      p.appendChild(a);
    } else p.appendChild(el("span", null, lineLabel(fx.lines)));
    p.appendChild(document.createTextNode(": "));
    var reason = el("span", "reason");
    linkRefs(reason, k, fx.reason, refs);
    p.appendChild(reason);
    if (fx.excerpt) { p.appendChild(document.createTextNode(" — ")); p.appendChild(el("span", "ex", "“" + fx.excerpt + "”")); }
    box.appendChild(p);
  }

  function linkRefs(box, k, text, refs) {
    if (!refs.length) { box.textContent = text; return; }
    var known = {};
    refs.forEach(function (r) { known[r[0]] = true; });
    // quoted post text (“…”) is never linked
    var re = /“[^”]*”|\blines? (\d+)(?:-(\d+))?/g, last = 0, m;
    while ((m = re.exec(text))) {
      if (!m[1] || !known[+m[1]]) continue;
      box.appendChild(document.createTextNode(text.slice(last, m.index)));
      var a = el("a", "ref", m[0]); a.href = "#file-" + k + "-L" + m[1];
      a.title = "the copy that was kept";
      (function (n) { a.addEventListener("click", function (e) { e.preventDefault(); jumpTo(k, n); }); })(+m[1]);
      box.appendChild(a);
      last = m.index + m[0].length;
    }
    box.appendChild(document.createTextNode(text.slice(last)));
  }

  function jumpTo(k, line) {
    var t = document.getElementById("file-" + k + "-L" + line);
    if (!t) return;
    t.scrollIntoView({block: "center"});
    t.classList.add("flash");
    setTimeout(function () { t.classList.remove("flash"); }, 1600);
  }

  function diffView(k, data, fixes, refs) {
    var box = el("div", "diff");
    var rows = data.hunks, annotated = {};
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      box.appendChild(diffRow(k, r, fixes, rows));
      // after a run of rows with the same fixes, say what they are and why
      var key = r[3].join(","), nextKey = i + 1 < rows.length ? rows[i + 1][3].join(",") : null;
      if (r[3].length && key !== nextKey) {
        var fresh = r[3].filter(function (j) { return !annotated[j]; });
        if (fresh.length) {
          var note = el("div", "note");
          fresh.forEach(function (j) { annotated[j] = true; fixLine(note, k, fixes[j], refs[j] || [], false); });
          box.appendChild(note);
        }
      }
    }
    return box;
  }

  function joinMark() { var j = el("span", "join", "⟂"); j.title = "joined here (seam spliced)"; return j; }

  function diffRow(k, r, fixes, rows) {
    var op = r[0], d = el("div", "d");
    if (op === "~") {
      d.className = "d gap";
      d.appendChild(el("span", "no", "")); d.appendChild(el("span", "op", ""));
      d.appendChild(el("span", "tx", "⋯ " + r[1] + " unchanged line" + (r[1] === 1 ? "" : "s")));
      return d;
    }
    var first = r[3].length ? fixes[r[3][0]] : null;
    var fm = first && FM[first.rule] && first.action !== "removed";
    if (op === "-") { d.className = "d del " + ruleClass(first ? first.rule : "other"); }
    else if (op === "+") { d.className = "d add"; }
    if (op !== "+") d.id = "file-" + k + "-L" + r[1];
    d.appendChild(el("span", "no", op === "+" ? "→" + r[1] : r[1]));
    d.appendChild(el("span", "op", op === "-" ? (fm ? "before" : "−") : op === "+" ? (fm ? "after" : "+") : ""));
    if (first) d.title = r[3].map(function (j) { return fixes[j].rule + " " + fixes[j].action; }).join(", ");
    var tx = el("span", "tx");
    var spliced = op === "+" && r[3].some(function (j) { return fixes[j].action === "spliced"; });
    var text = r.length > 5 ? rows[r[5]][2] : r[2], ranges = r[4] || [], pos = 0;
    if (op === " ") {
      if (ranges.length === 2) {
        tx.appendChild(document.createTextNode(text.slice(0, ranges[0])));
        tx.appendChild(el("span", "cut", " …(" + ranges[1] + " characters not shown)… "));
        tx.appendChild(document.createTextNode(text.slice(ranges[0])));
      } else tx.textContent = text;
      d.appendChild(tx);
      return d;
    }
    ranges.forEach(function (rg, n) {
      if (rg[0] > pos) tx.appendChild(document.createTextNode(text.slice(pos, rg[0])));
      // a spliced seam: mark where the two chunks were joined
      if (spliced && n === 0 && rg[0] > 0) tx.appendChild(joinMark());
      tx.appendChild(el(op === "-" ? "del" : "ins", null, text.slice(rg[0], rg[1])));
      if (spliced && n === 0 && rg[0] === 0 && rg[1] < text.length) tx.appendChild(joinMark());
      pos = rg[1];
    });
    if (pos < text.length) tx.appendChild(document.createTextNode(text.slice(pos)));
    d.appendChild(tx);
    return d;
  }

  expandAll.addEventListener("click", function () { shownNow.forEach(function (f) { opened[f.k] = true; }); render(); });

  function applyHash() {
    var s = readHash();
    state.rule = s.rule; state.status = s.status; state.sort = s.sort; state.q = s.q; state.page = s.page;
    if (s.file === "all") { visible().forEach(function (f) { opened[f.k] = true; }); state.page = 1; PAGE = Math.max(PAGE, index.length); }
    var target = null;
    if (s.file !== null && s.file !== "all") {
      var k = parseInt(s.file, 10), pos = visible().map(function (f) { return f.k; }).indexOf(k);
      if (pos < 0) { state.rule = ""; state.status = ""; state.q = ""; pos = visible().map(function (f) { return f.k; }).indexOf(k); }
      if (pos >= 0) { opened[k] = true; state.page = Math.floor(pos / PAGE) + 1; target = k; }
    }
    render();
    if (target !== null) {
      var t = document.getElementById("file-" + target);
      if (t) { t.scrollIntoView({block: "start"}); window.scrollBy(0, -controls.offsetHeight - 8); }  // not under the sticky controls
      writeHash();
    }
  }
  window.addEventListener("hashchange", applyHash);
  applyHash();
  document.body.setAttribute("data-ready", performance.now().toFixed(1));
})();
"""
