/* Glossa: progressive enhancement only. Every page is complete without this file: notes are at the
   end of the page, glossary links go to their entries, the theme follows the operating system and
   the search box is a pair of links. This file adds the theme toggle, the one popover for note and
   glossary previews, sidenotes on wide screens and search. */
(function () {
  "use strict";
  var doc = document;
  var html = doc.documentElement;
  var WIDE = window.matchMedia("(min-width: 1200px)");
  var MENU_WIDE = window.matchMedia("(min-width: 760px)");
  html.classList.add("js");

  function el(tag, className, text) {
    var e = doc.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  /* A copy of some page content for a preview: no duplicate ids, and nothing focusable when the
     copy is hidden from assistive technology. */
  function copyOf(node, inert) {
    var c = node.cloneNode(true);
    c.removeAttribute("id");
    c.removeAttribute("hidden");
    Array.prototype.forEach.call(c.querySelectorAll("[id]"), function (e) { e.removeAttribute("id"); });
    if (inert) {
      Array.prototype.forEach.call(c.querySelectorAll("a, button, input, select, textarea, [tabindex]"), function (e) {
        e.setAttribute("tabindex", "-1");
      });
    }
    return c;
  }

  /* ---- Theme: auto (follows the OS) -> light -> dark, remembered across pages. ---- */
  var THEMES = ["auto", "light", "dark"];
  function savedTheme() {
    try { return window.localStorage.getItem("glossa-theme") || "auto"; } catch (e) { return "auto"; }
  }
  function applyTheme(theme) {
    if (theme === "auto") html.removeAttribute("data-theme"); else html.setAttribute("data-theme", theme);
    try {
      if (theme === "auto") window.localStorage.removeItem("glossa-theme");
      else window.localStorage.setItem("glossa-theme", theme);
    } catch (e) { /* not remembered, still applied */ }
  }
  function themeToggle(tools) {
    var button = el("button", "theme-toggle");
    button.type = "button";
    button.title = "Switch between the automatic (system), light and dark themes";
    function label() {
      var t = savedTheme();
      button.textContent = "Theme: " + t;
      button.setAttribute("data-theme-choice", t);
    }
    button.addEventListener("click", function () {
      var next = THEMES[(THEMES.indexOf(savedTheme()) + 1) % THEMES.length];
      applyTheme(next);
      label();
    });
    label();
    tools.appendChild(button);
  }

  /* ---- Menu: a details element; keep it open on wide screens where CSS cannot. ---- */
  function menu() {
    var details = doc.querySelector(".site-menu");
    if (!details || (window.CSS && CSS.supports && CSS.supports("selector(::details-content)"))) return;
    function sync() { if (MENU_WIDE.matches) details.open = true; }
    sync();
    MENU_WIDE.addEventListener("change", sync);
  }

  /* ---- The popover: note and glossary previews (WCAG 2.2 SC 1.4.13). Opens on hover, focus and
     tap; stays while the pointer is over the link or the popover; Esc, a second tap, a click
     outside or leaving closes it. ---- */
  function popovers() {
    var SELECTOR = "a.noteref[data-note], a.term[data-term]";
    if (!doc.querySelector(SELECTOR)) return;
    var pop = el("div", "popover");
    pop.id = "popover";
    pop.setAttribute("role", "tooltip");
    pop.hidden = true;
    doc.body.appendChild(pop);
    var current = null, openTimer = 0, closeTimer = 0, hovering = false, tapOpen = null;

    function triggerOf(node) {
      return node && node.closest ? node.closest(SELECTOR) : null;
    }
    function isNote(a) { return a.classList.contains("noteref"); }

    function content(a) {
      var box = el("div", "popover-content");
      if (isNote(a)) {
        var note = doc.getElementById(a.getAttribute("data-note"));
        var body = note && note.querySelector(".note-body");
        if (!body) return null;
        var number = a.textContent.trim();
        box.appendChild(el("p", "popover-label", "Note " + number));
        box.appendChild(copyOf(body, false));
        var more = el("p", "popover-more");
        var link = el("a", "", "Go to note " + number);
        link.href = "#" + note.id;
        more.appendChild(link);
        box.appendChild(more);
      } else {
        var def = doc.getElementById("def-" + a.getAttribute("data-term"));
        if (!def) return null;
        box.appendChild(copyOf(def, false));
      }
      return box;
    }

    function place(a) {
      var r = a.getBoundingClientRect();
      var vw = html.clientWidth, vh = window.innerHeight, gap = 6;
      pop.style.maxHeight = "";
      var below = vh - r.bottom - gap - 8, above = r.top - gap - 8;
      var downwards = below >= Math.min(pop.offsetHeight, 240) || below >= above;
      pop.style.maxHeight = Math.max(120, Math.min(downwards ? below : above, vh * 0.6)) + "px";
      var w = pop.offsetWidth, h = pop.offsetHeight;
      var left = Math.max(8, Math.min(r.left + r.width / 2 - w / 2, vw - w - 8));
      var top = downwards ? r.bottom + gap : r.top - gap - h;
      pop.style.left = Math.round(left + window.scrollX) + "px";
      pop.style.top = Math.round(top + window.scrollY) + "px";
    }

    function show(a) {
      clearTimeout(openTimer);
      clearTimeout(closeTimer);
      if (current === a) return;
      var box = content(a);
      if (!box) return;
      hide();
      pop.textContent = "";
      pop.appendChild(box);
      pop.className = "popover " + (isNote(a) ? "popover-note" : "popover-term");
      pop.hidden = false;
      current = a;
      var described = a.getAttribute("aria-describedby");
      a.setAttribute("data-described", described || "");
      a.setAttribute("aria-describedby", described ? described + " popover" : "popover");
      place(a);
    }
    function hide() {
      clearTimeout(openTimer);
      clearTimeout(closeTimer);
      if (!current) return;
      var before = current.getAttribute("data-described");
      if (before) current.setAttribute("aria-describedby", before); else current.removeAttribute("aria-describedby");
      current.removeAttribute("data-described");
      pop.hidden = true;
      current = null;
    }
    function hideSoon() {
      clearTimeout(openTimer);
      clearTimeout(closeTimer);
      closeTimer = setTimeout(function () { if (!hovering) hide(); }, 300);
    }
    /* Hover previews a note only when its sidenote is not already beside the text. */
    function sidenoteShown(a) {
      return isNote(a) && WIDE.matches && doc.querySelector('.sidenote[data-note="' + a.getAttribute("data-note") + '"]');
    }

    doc.addEventListener("pointerover", function (e) {
      if (e.pointerType !== "mouse") return;
      var a = triggerOf(e.target);
      var inPop = pop.contains(e.target);
      hovering = !!a || inPop;
      if (a && a !== current && !sidenoteShown(a)) {
        clearTimeout(openTimer);
        openTimer = setTimeout(function () { show(a); }, 100);
      } else if (hovering) {
        clearTimeout(closeTimer);
      }
    });
    doc.addEventListener("pointerout", function (e) {
      if (e.pointerType !== "mouse") return;
      var to = e.relatedTarget;
      if (triggerOf(e.target) || pop.contains(e.target)) {
        if (to && (pop.contains(to) || (current && current.contains(to)))) return;
        hovering = false;
        clearTimeout(openTimer);
        if (current && doc.activeElement !== current) hideSoon();
      }
    });
    doc.addEventListener("focusin", function (e) {
      var a = triggerOf(e.target);
      if (a) show(a);
      else if (current && !pop.contains(e.target)) hide();
    });
    doc.addEventListener("focusout", function (e) {
      if (triggerOf(e.target) === current && !(e.relatedTarget && pop.contains(e.relatedTarget)) && !hovering) hide();
    });
    /* Touch and pen: the first tap previews, a second tap on the same link closes. */
    doc.addEventListener("pointerdown", function (e) {
      var a = triggerOf(e.target);
      tapOpen = null;
      if (a && e.pointerType !== "mouse") tapOpen = { link: a, wasOpen: current === a };
      if (!a && current && !pop.contains(e.target)) hide();
    });
    doc.addEventListener("click", function (e) {
      var a = triggerOf(e.target);
      if (!a || !tapOpen || tapOpen.link !== a) return;
      e.preventDefault();
      if (tapOpen.wasOpen) hide(); else show(a);
      tapOpen = null;
    });
    doc.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && current) {
        hide();
        e.stopPropagation();
      }
    });
    window.addEventListener("hashchange", hide);
    window.addEventListener("resize", function () { if (current) place(current); });
  }

  /* ---- Sidenotes: from 1200px each note is copied beside its first reference, in the margin
     column, pushed down so that none overlaps another or the sidebar box. ---- */
  function sidenotes() {
    var items = [], seen = {};
    Array.prototype.forEach.call(doc.querySelectorAll("a.noteref[data-note]"), function (a) {
      var id = a.getAttribute("data-note");
      if (seen[id] || a.closest(".sidebar-box, .endnotes, aside, .popover")) return;
      var note = doc.getElementById(id);
      var body = note && note.querySelector(".note-body");
      var column = a.closest("article") || a.closest("main");
      if (!body || !column) return;
      seen[id] = true;
      items.push({ ref: a, id: id, body: body, column: column, aside: null });
    });
    if (!items.length) return;
    var built = false, frame = 0;

    function build() {
      items.forEach(function (it) {
        var aside = el("aside", "sidenote");
        aside.setAttribute("aria-hidden", "true");
        aside.setAttribute("data-note", it.id);
        aside.appendChild(el("span", "sidenote-number", it.ref.textContent.trim()));
        aside.appendChild(doc.createTextNode(" "));
        aside.appendChild(copyOf(it.body, true));
        it.column.appendChild(aside);
        it.aside = aside;
        it.ref.addEventListener("mouseenter", function () { aside.classList.add("is-active"); });
        it.ref.addEventListener("mouseleave", function () { aside.classList.remove("is-active"); });
      });
      built = true;
    }

    function layout() {
      frame = 0;
      if (!WIDE.matches) return;
      if (!built) build();
      var columns = [];
      items.forEach(function (it) { if (columns.indexOf(it.column) < 0) columns.push(it.column); });
      columns.forEach(function (column) {
        column.style.minHeight = "";
        var origin = column.getBoundingClientRect();
        var blocks = [];
        Array.prototype.forEach.call(column.querySelectorAll(".sidebar-box"), function (box) {
          var r = box.getBoundingClientRect();
          if (r.left >= origin.right - 1) blocks.push({ top: r.top - origin.top, bottom: r.bottom - origin.top });
        });
        var bottom = -Infinity;
        items.forEach(function (it) {
          if (it.column !== column) return;
          var top = Math.max(it.ref.getBoundingClientRect().top - origin.top, bottom + 12);
          var height = it.aside.offsetHeight;
          blocks.forEach(function (b) {
            if (top < b.bottom + 12 && top + height > b.top - 12) top = b.bottom + 12;
          });
          it.aside.style.top = Math.round(top) + "px";
          bottom = top + height;
        });
        if (bottom > column.offsetHeight) column.style.minHeight = Math.ceil(bottom) + "px";
      });
    }
    function schedule() { if (!frame) frame = window.requestAnimationFrame(layout); }

    schedule();
    WIDE.addEventListener("change", schedule);
    window.addEventListener("resize", schedule);
    window.addEventListener("load", schedule);
    doc.addEventListener("toggle", schedule, true);
    if (doc.fonts && doc.fonts.ready) doc.fonts.ready.then(schedule);
  }

  /* ---- Search: lunr (loaded with the index only when the reader opens search) over the index
     the build wrote from the essay: sections by heading, glossary entries, sidebars, sources. ---- */
  function search(tools) {
    var fallback = tools.querySelector(".search-fallback");
    var indexUrl = tools.getAttribute("data-search-index");
    var libUrl = tools.getAttribute("data-search-lib");
    var root = tools.getAttribute("data-root") || "";
    if (!indexUrl || !libUrl || !window.fetch || !window.HTMLDialogElement) return;

    var button = el("button", "search-button", "Search");
    button.type = "button";
    button.setAttribute("aria-haspopup", "dialog");
    button.setAttribute("aria-keyshortcuts", "/");
    var dialog = el("dialog", "search-dialog");
    dialog.setAttribute("aria-labelledby", "search-label");
    var form = el("form", "search-form");
    form.setAttribute("role", "search");
    var label = el("label", "", "Search the essay, glossary and sources");
    label.id = "search-label";
    label.htmlFor = "search-input";
    var input = el("input");
    input.id = "search-input";
    input.type = "search";
    input.autocomplete = "off";
    input.spellcheck = false;
    input.setAttribute("aria-describedby", "search-status");
    var close = el("button", "search-close", "Close");
    close.type = "button";
    var status = el("p", "search-status");
    status.id = "search-status";
    status.setAttribute("role", "status");
    var list = el("ul", "search-results");
    list.id = "search-results";
    list.setAttribute("aria-label", "Results");
    form.appendChild(label);
    form.appendChild(input);
    form.appendChild(close);
    dialog.appendChild(form);
    dialog.appendChild(status);
    dialog.appendChild(list);
    if (fallback) fallback.replaceWith(button); else tools.insertBefore(button, tools.firstChild);
    doc.body.appendChild(dialog);

    var docs = null, index = null, loading = null, timer = 0;
    var WORD = /[\p{L}\p{N}]/u;

    function loadScript(src) {
      return new Promise(function (resolve, reject) {
        if (window.lunr) return resolve();
        var s = el("script");
        s.src = src;
        s.onload = resolve;
        s.onerror = reject;
        doc.head.appendChild(s);
      });
    }
    function load() {
      if (!loading) {
        status.textContent = "Loading the search index…";
        loading = Promise.all([
          loadScript(libUrl),
          fetch(indexUrl).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
        ]).then(function (results) {
          docs = results[1].docs;
          index = window.lunr(function () {
            this.ref("i");
            this.field("title", { boost: 8 });
            this.field("aliases", { boost: 6 });
            this.field("text");
            this.metadataWhitelist = ["position"];
            docs.forEach(function (d, i) {
              this.add({ i: String(i), title: d.title, aliases: (d.aliases || []).join(" "), text: d.text });
            }, this);
          });
          status.textContent = "";
        }).catch(function () {
          loading = null;
          status.textContent = "Search could not be loaded. Use the contents or the glossary instead.";
        });
      }
      return loading;
    }

    function open() {
      dialog.showModal();
      input.focus();
      input.select();
      load().then(run);
    }
    button.addEventListener("click", open);
    close.addEventListener("click", function () { dialog.close(); });
    dialog.addEventListener("click", function (e) { if (e.target === dialog) dialog.close(); });
    dialog.addEventListener("close", function () { button.focus(); });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var first = list.querySelector("a");
      if (first) window.location.href = first.href;
    });
    doc.addEventListener("keydown", function (e) {
      var t = e.target;
      if (e.key === "/" && !dialog.open && !e.ctrlKey && !e.metaKey && !e.altKey &&
          !(t.closest && t.closest("input, textarea, select, [contenteditable]"))) {
        e.preventDefault();
        open();
      }
    });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { load().then(run); }, 80);
    });

    /* Arrow keys move between the input and the results; Enter opens; Esc closes the dialog. */
    dialog.addEventListener("keydown", function (e) {
      if (e.key === "Escape") {
        // A search field would otherwise take the first Esc to clear itself.
        e.preventDefault();
        dialog.close();
        return;
      }
      var links = Array.prototype.slice.call(list.querySelectorAll("a"));
      var at = links.indexOf(doc.activeElement);
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        if (!links.length) return;
        e.preventDefault();
        var next = e.key === "ArrowDown" ? at + 1 : at - 1;
        if (at < 0 && e.key === "ArrowUp") next = links.length - 1;
        if (next < 0) input.focus();
        else links[Math.min(next, links.length - 1)].focus();
      } else if (at >= 0 && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
        input.focus();
      }
    });

    function terms(q) {
      return window.lunr.tokenizer(q).map(function (t) { return t.toString(); })
        .filter(function (t) { return t.length > 0; });
    }
    function run() {
      if (!index) return;
      var query = input.value.trim();
      list.textContent = "";
      list.setAttribute("data-query", query);
      if (!query) { status.textContent = "Type a word: a name, a place, a term."; return; }
      var words = terms(query);
      var hits = index.query(function (q) {
        words.forEach(function (w) {
          q.term(w, { boost: 10 });
          q.term(w, { usePipeline: false, wildcard: window.lunr.Query.wildcard.TRAILING, boost: 2 });
        });
      }).slice(0, 30);
      hits.forEach(function (hit) { list.appendChild(result(docs[Number(hit.ref)], hit, words)); });
      status.textContent = hits.length === 0 ? "No results for “" + query + "”." :
        hits.length === 1 ? "1 result." : hits.length + " results.";
    }

    function result(d, hit, words) {
      var li = el("li");
      var a = el("a");
      a.href = root + d.url;
      var title = el("span", "result-title");
      appendMarked(title, d.title, positions(hit, "title"));
      var page = el("span", "result-page", d.kind + (d.page && d.page !== d.title && d.page !== d.kind ? " · " + d.page : ""));
      var snippet = el("span", "result-snippet");
      var where = positions(hit, "text");
      if (!where.length) where = find(d.text, words);
      appendSnippet(snippet, d.text, where);
      a.appendChild(title);
      a.appendChild(page);
      a.appendChild(snippet);
      a.addEventListener("click", function () { dialog.close(); });
      li.appendChild(a);
      return li;
    }
    function positions(hit, field) {
      var out = [];
      var meta = hit.matchData.metadata;
      Object.keys(meta).forEach(function (term) {
        if (meta[term][field] && meta[term][field].position) out = out.concat(meta[term][field].position);
      });
      return out.sort(function (x, y) { return x[0] - y[0]; });
    }
    function find(text, words) {
      var lower = text.toLowerCase(), out = [];
      words.forEach(function (w) {
        var i = lower.indexOf(w);
        if (i >= 0) out.push([i, w.length]);
      });
      return out.sort(function (x, y) { return x[0] - y[0]; });
    }
    function appendMarked(node, text, marks, from, to) {
      from = from || 0;
      to = to === undefined ? text.length : to;
      var at = from;
      marks.forEach(function (m) {
        var s = m[0], e = m[0] + m[1];
        // lunr's positions cover whole tokens, punctuation included: mark the word only.
        while (s < e && !WORD.test(text.charAt(s))) s++;
        while (e > s && !WORD.test(text.charAt(e - 1))) e--;
        if (s < at || e > to || s === e) return;
        node.appendChild(doc.createTextNode(text.slice(at, s)));
        node.appendChild(el("mark", "", text.slice(s, e)));
        at = e;
      });
      node.appendChild(doc.createTextNode(text.slice(at, to)));
    }
    function appendSnippet(node, text, marks) {
      var center = marks.length ? marks[0][0] : 0;
      var from = Math.max(0, center - 60), to = Math.min(text.length, center + 140);
      if (from > 0) { var sp = text.indexOf(" ", from); if (sp >= 0 && sp < center) from = sp + 1; }
      if (to < text.length) { var sp2 = text.lastIndexOf(" ", to); if (sp2 > center) to = sp2; }
      if (from > 0) node.appendChild(doc.createTextNode("… "));
      appendMarked(node, text, marks, from, to);
      if (to < text.length) node.appendChild(doc.createTextNode(" …"));
    }
  }

  function start() {
    var tools = doc.querySelector(".site-tools");
    if (tools) {
      search(tools);
      themeToggle(tools);
    }
    menu();
    popovers();
    sidenotes();
  }
  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", start); else start();
})();
