// Site search: the index is a script (search-index.js, built with the site) loaded on first use, so it
// works from file:// too. Titles and headings rank above descriptions, descriptions above body words;
// every query word must match somewhere. Keys: "/" focuses, arrows move, Enter opens, Escape clears.
(function () {
  "use strict";
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var status = document.querySelector(".search-status");
  if (!input || !list || !document.currentScript) { return; }
  // The site root, from this script's own address: the same on every page, at any depth, under any sub-path.
  var root = document.currentScript.src.replace(/js\/search\.js(?:[?#].*)?$/, "");
  var MAX = 10;
  var pages = null;
  var requested = false;
  var results = [];
  var active = -1;

  function load() {
    if (pages || requested) { return; }
    requested = true;
    var script = document.createElement("script");
    script.src = root + "search-index.js";
    script.onload = function () { pages = window.skillsiteSearch || []; update(); };
    script.onerror = function () { say("The search index could not be loaded."); };
    document.head.appendChild(script);
  }

  function words(text) {
    return text.toLowerCase().split(/[^\p{L}\p{N}_]+/u).filter(function (w) { return w.length > 0; });
  }

  // How well one field matches one word: whole field, start of a word in it, anywhere in it.
  function grade(field, word) {
    var text = field.toLowerCase();
    var at = text.indexOf(word);
    if (at < 0) { return 0; }
    if (text === word) { return 3; }
    return (at === 0 || /[^\p{L}\p{N}_]/u.test(text.charAt(at - 1))) ? 2 : 1;
  }

  function score(page, query) {
    var total = 0;
    var heading = null;
    for (var i = 0; i < query.length; i++) {
      var word = query[i];
      var best = grade(page.t, word) * 40;
      var inHeading = null;
      for (var j = 0; j < page.h.length && best < 40; j++) {
        var g = grade(page.h[j][0], word) * 10;
        if (g > best) { best = g; inHeading = page.h[j]; }
      }
      heading = heading || inHeading;
      best = Math.max(best, grade(page.d, word) * 3);
      if (best === 0 && (" " + page.w).indexOf(" " + word) >= 0) { best = 2; }
      if (best === 0 && page.w.indexOf(word) >= 0) { best = 1; }
      if (best === 0) { return null; }
      total += best;
    }
    return { page: page, score: total, heading: heading };
  }

  function search(text) {
    var query = words(text);
    if (query.length === 0 || !pages) { return []; }
    var found = [];
    pages.forEach(function (page) {
      var hit = score(page, query);
      if (hit) { found.push(hit); }
    });
    found.sort(function (a, b) {
      return b.score - a.score || (a.page.s === "") - (b.page.s === "") || a.page.t.localeCompare(b.page.t);
    });
    return found.slice(0, MAX);
  }

  // Text with each query word wrapped in <mark>, built as nodes so nothing from the index is parsed as HTML.
  function marked(text, query) {
    var fragment = document.createDocumentFragment();
    var pattern = new RegExp(query.map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }).join("|"), "giu");
    var last = 0;
    text.replace(pattern, function (match, offset) {
      fragment.appendChild(document.createTextNode(text.slice(last, offset)));
      var mark = document.createElement("mark");
      mark.textContent = match;
      fragment.appendChild(mark);
      last = offset + match.length;
      return match;
    });
    fragment.appendChild(document.createTextNode(text.slice(last)));
    return fragment;
  }

  function span(className, content) {
    var element = document.createElement("span");
    element.className = className;
    element.appendChild(content);
    return element;
  }

  function say(text) {
    if (status) { status.textContent = text; }
  }

  function update() {
    var text = input.value.trim();
    if (!text) { close(); return; }
    if (!pages) { load(); return; }
    var query = words(text);
    results = search(text);
    list.textContent = "";
    results.forEach(function (hit, i) {
      var item = document.createElement("li");
      item.id = "search-result-" + i;
      item.setAttribute("role", "option");
      var link = document.createElement("a");
      link.href = root + hit.page.u + (hit.heading ? "#" + hit.heading[1] : "");
      link.tabIndex = -1;
      link.appendChild(span("result-title", marked(hit.page.t, query)));
      if (hit.page.s) { link.appendChild(span("result-section", document.createTextNode(hit.page.s))); }
      link.appendChild(span("result-context", marked(hit.heading ? "§ " + hit.heading[0] : hit.page.d, query)));
      item.appendChild(link);
      list.appendChild(item);
    });
    if (results.length === 0) {
      var none = document.createElement("li");
      none.className = "no-results";
      none.textContent = "No results for \u201c" + text + "\u201d";
      list.appendChild(none);
    }
    say(results.length + (results.length === 1 ? " result" : " results"));
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    select(results.length > 0 ? 0 : -1);
  }

  function select(index) {
    if (active >= 0 && list.children[active]) { list.children[active].setAttribute("aria-selected", "false"); }
    active = index;
    if (active >= 0) {
      var item = list.children[active];
      item.setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", item.id);
      item.scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function close() {
    list.hidden = true;
    list.textContent = "";
    results = [];
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  input.addEventListener("focus", function () { load(); if (input.value.trim()) { update(); } });
  input.addEventListener("input", update);
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" && results.length) {
      event.preventDefault();
      select(Math.min(active + 1, results.length - 1));
    } else if (event.key === "ArrowUp" && results.length) {
      event.preventDefault();
      select(Math.max(active - 1, 0));
    } else if (event.key === "Enter" && results.length) {
      event.preventDefault();
      window.location.href = list.children[Math.max(active, 0)].firstChild.href;
    } else if (event.key === "Escape") {
      if (input.value) { input.value = ""; close(); } else { input.blur(); }
    }
  });
  // Keep focus in the box while a result is clicked; close when focus leaves the search.
  list.addEventListener("mousedown", function (event) { event.preventDefault(); });
  input.addEventListener("blur", function () { if (!input.value) { close(); } });
  document.addEventListener("click", function (event) {
    if (!event.target.closest || !event.target.closest(".search")) { list.hidden = true; input.setAttribute("aria-expanded", "false"); }
  });

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
})();
