// Site search. The index is built with the site (dev.skillsite.render.SearchIndex) as scripts, so it also
// loads from file://: search-index.js, the head, on first focus; then only the shards of words and terms a
// query needs and the files of pages its results show. Pages rank by BM25 weights computed at build time
// (title above headings above description and the router's words above body), summed over the query's
// words and scaled by the share of them a page matches: a page need not hold every word. Words are stemmed
// as at build time; a word of five letters or more that the site does not use matches its one-edit
// neighbours that start with the same letter (so only the words of that letter are loaded); the word being
// typed matches as a prefix; a code name matches whole and by its parts. Keys: "/" focuses, arrows move,
// Enter opens, Escape clears.
(function () {
  "use strict";

  // ---- Words and terms: step for step what dev.skillsite.search.SearchText and PorterStemmer do ----

  var RUN = /[\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*/gu;
  var UPPER = /^\p{Lu}$/u;
  var DIGIT = /^\p{Nd}$/u;

  function isUpper(c) { return UPPER.test(c); }
  function isDigit(c) { return DIGIT.test(c); }
  function isLower(c) { return c !== undefined && c !== "_" && c !== "-" && !isUpper(c) && !isDigit(c); }

  // At least two characters, not all ASCII digits, underscores and hyphens.
  function isWord(run) { return Array.from(run).length >= 2 && /[^0-9_-]/.test(run); }

  // The words a question is made of rather than what it asks about: "how does the event loop sleep".
  var STOP_WORDS = new Set(["a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "does", "for", "from",
    "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "my", "of", "on", "or", "so", "than", "that",
    "the", "their", "then", "there", "these", "this", "to", "was", "were", "what", "when", "where", "which", "while",
    "who", "why", "will", "with", "you", "your"]);

  function word(text) {
    var w = isWord(text) ? text.toLowerCase() : null;
    return w && !STOP_WORDS.has(w) ? w : null;
  }

  function cut(previous, c, next) {
    if (isDigit(previous) !== isDigit(c)) { return true; }
    if (!isUpper(c)) { return false; }
    return isLower(previous) || (isUpper(previous) && isLower(next));
  }

  // A run cut at underscores and hyphens, before an upper-case letter after a lower-case one (before|Sleep),
  // before the last of several upper-case letters when a lower-case one follows (ACL|Set), between letters
  // and digits (RESP|3).
  function parts(run) {
    var chars = Array.from(run);
    var found = [];
    var current = "";
    for (var i = 0; i < chars.length; i++) {
      var c = chars[i];
      if (c === "_" || c === "-") {
        if (current) { found.push(current); }
        current = "";
        continue;
      }
      if (current && cut(chars[i - 1], c, chars[i + 1])) {
        found.push(current);
        current = "";
      }
      current += c;
    }
    if (current) { found.push(current); }
    return found;
  }

  // A run's words: the run whole (if it is a word) and, for a code name, its parts.
  function runWords(run) {
    var result = { whole: word(run), parts: [] };
    var split = parts(run);
    if (split.length > 1) {
      result.parts = split.map(word).filter(function (w) { return w; });
    }
    return result;
  }

  function words(text) {
    var all = [];
    (text.match(RUN) || []).forEach(function (run) {
      var w = runWords(run);
      if (w.whole) { all.push(w.whole); }
      Array.prototype.push.apply(all, w.parts);
    });
    return all;
  }

  function term(word) { return /^[a-z]+$/.test(word) ? stem(word) : word; }

  // Martin Porter's stemmer (1980) as his reference implementation has it, and the step more that
  // PorterStemmer.java takes: a final i dropped from a stem of five letters or more (expiry, expire: expir).
  function stem(word) {
    if (word.length <= 2) { return word; }
    var b = word.split("");
    var k = b.length - 1;
    var j = 0;

    function cons(i) {
      switch (b[i]) {
        case "a": case "e": case "i": case "o": case "u": return false;
        case "y": return i === 0 || !cons(i - 1);
        default: return true;
      }
    }
    function m() {
      var n = 0;
      var i = 0;
      for (;;) {
        if (i > j) { return n; }
        if (!cons(i)) { break; }
        i++;
      }
      i++;
      for (;;) {
        for (;;) {
          if (i > j) { return n; }
          if (cons(i)) { break; }
          i++;
        }
        i++;
        n++;
        for (;;) {
          if (i > j) { return n; }
          if (!cons(i)) { break; }
          i++;
        }
        i++;
      }
    }
    function vowelInStem() {
      for (var i = 0; i <= j; i++) { if (!cons(i)) { return true; } }
      return false;
    }
    function doubleConsonant(i) { return i >= 1 && b[i] === b[i - 1] && cons(i); }
    function cvc(i) {
      if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) { return false; }
      return b[i] !== "w" && b[i] !== "x" && b[i] !== "y";
    }
    function ends(s) {
      var length = s.length;
      if (length > k + 1) { return false; }
      for (var i = 0; i < length; i++) {
        if (b[k - length + 1 + i] !== s.charAt(i)) { return false; }
      }
      j = k - length;
      return true;
    }
    function setTo(s) {
      for (var i = 0; i < s.length; i++) { b[j + 1 + i] = s.charAt(i); }
      k = j + s.length;
    }
    function r(s) { if (m() > 0) { setTo(s); } }
    // Each rule of a step: the first suffix that ends the word is the only one tried.
    function rules(list) {
      for (var i = 0; i < list.length; i += 2) {
        if (ends(list[i])) { r(list[i + 1]); return; }
      }
    }

    // Step 1ab: plurals and -ed or -ing.
    if (b[k] === "s") {
      if (ends("sses")) { k -= 2; } else if (ends("ies")) { setTo("i"); } else if (b[k - 1] !== "s") { k--; }
    }
    if (ends("eed")) {
      if (m() > 0) { k--; }
    } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
      k = j;
      if (ends("at")) { setTo("ate"); } else if (ends("bl")) { setTo("ble"); } else if (ends("iz")) { setTo("ize"); } else if (doubleConsonant(k)) {
        k--;
        if (b[k] === "l" || b[k] === "s" || b[k] === "z") { k++; }
      } else if (m() === 1 && cvc(k)) { setTo("e"); }
    }
    if (k > 0) {
      // Step 1c: a final y after a vowel in the stem becomes i.
      if (ends("y") && vowelInStem()) { b[k] = "i"; }
      // Step 2: double suffixes to single ones.
      rules({
        a: ["ational", "ate", "tional", "tion"], c: ["enci", "ence", "anci", "ance"], e: ["izer", "ize"],
        l: ["bli", "ble", "alli", "al", "entli", "ent", "eli", "e", "ousli", "ous"],
        o: ["ization", "ize", "ation", "ate", "ator", "ate"],
        s: ["alism", "al", "iveness", "ive", "fulness", "ful", "ousness", "ous"],
        t: ["aliti", "al", "iviti", "ive", "biliti", "ble"], g: ["logi", "log"]
      }[b[k - 1]] || []);
      // Step 3: -ic-, -full, -ness and the like.
      rules({
        e: ["icate", "ic", "ative", "", "alize", "al"], i: ["iciti", "ic"], l: ["ical", "ic", "ful", ""], s: ["ness", ""]
      }[b[k]] || []);
      // Step 4: -ant, -ence and the like, from long enough stems.
      var found;
      switch (b[k - 1]) {
        case "a": found = ends("al"); break;
        case "c": found = ends("ance") || ends("ence"); break;
        case "e": found = ends("er"); break;
        case "i": found = ends("ic"); break;
        case "l": found = ends("able") || ends("ible"); break;
        case "n": found = ends("ant") || ends("ement") || ends("ment") || ends("ent"); break;
        case "o": found = (ends("ion") && j >= 0 && (b[j] === "s" || b[j] === "t")) || ends("ou"); break;
        case "s": found = ends("ism"); break;
        case "t": found = ends("ate") || ends("iti"); break;
        case "u": found = ends("ous"); break;
        case "v": found = ends("ive"); break;
        case "z": found = ends("ize"); break;
        default: found = false;
      }
      if (found && m() > 1) { k = j; }
      // Step 5: a final -e from a long stem, and -ll to -l.
      j = k;
      if (b[k] === "e") {
        var a = m();
        if (a > 1 || (a === 1 && !cvc(k - 1))) { k--; }
      }
      if (b[k] === "l" && doubleConsonant(k) && m() > 1) { k--; }
    }
    if (k >= 4 && b[k] === "i") { k--; }
    return b.slice(0, k + 1).join("");
  }

  // ---- Loading the index's scripts: each hands its data to receive(), keyed by its own address ----

  var received = {};
  var loading = {};

  function receive(url, data) { received[url] = data; }

  function load(url) {
    if (!loading[url]) {
      loading[url] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = url;
        script.onload = function () {
          if (script.src in received) { resolve(received[script.src]); } else { reject(new Error(url)); }
        };
        script.onerror = function () { reject(new Error(url)); };
        document.head.appendChild(script);
      });
    }
    return loading[url];
  }

  // ---- Ranking ----

  var TYPO = 0.6;          // a word the site does not use, matched by a one-edit neighbour
  var PARTS = 0.5;         // a code name matched by its parts rather than whole
  var PREFIXES = 20;       // completions tried for the word being typed, shortest first
  var MIN_TYPO = 5;        // letters a word needs before its typos are forgiven

  // Whether two words are at most one edit apart: a letter added, dropped, changed or swapped with the next.
  function oneEdit(a, b) {
    if (Math.abs(a.length - b.length) > 1) { return false; }
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) { i++; }
    if (a.length === b.length) {
      return i === a.length || a.slice(i + 1) === b.slice(i + 1)
        || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  function lowerBound(sorted, value) {
    var lo = 0;
    var hi = sorted.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (sorted[mid] < value) { lo = mid + 1; } else { hi = mid; }
    }
    return lo;
  }

  // The shard of a sorted, sharded list that may hold a value: the last whose first value is not after it.
  function shardOf(starts, value) {
    var i = lowerBound(starts, value);
    return i < starts.length && starts[i] === value ? i : i - 1;
  }

  // One skill's index: its head, then shards of words and terms and files of pages as queries need them.
  function Index(root) {
    this.root = root;
    this.head = null;
  }

  Index.prototype.open = function () {
    var index = this;
    if (!index.opening) {
      index.opening = load(index.root + "search-index.js").then(function (head) {
        index.head = head;
        return index;
      });
    }
    return index.opening;
  };

  // The words the site uses, as far as they are loaded: the shards that may hold words from each of
  // `froms` up to every word that starts with it. Each shard is split and set up once, then kept.
  Index.prototype.words = function (froms) {
    var index = this;
    var starts = index.head.words;
    index.wordLoads = index.wordLoads || {};
    index.wordShards = index.wordShards || {};
    var needed = {};
    froms.forEach(function (from) {
      for (var s = Math.max(0, shardOf(starts, from)); s <= shardOf(starts, from + "\uffff"); s++) { needed[s] = true; }
    });
    return Promise.all(Object.keys(needed).map(function (s) {
      return index.wordLoads[s] || (index.wordLoads[s] = load(index.root + "search-index/words-" + s + ".js").then(function (text) {
        var sorted = text.split(" ");
        index.wordShards[s] = { sorted: sorted, set: new Set(sorted) };
      }));
    })).then(function () {
      return new Vocabulary(starts, index.wordShards);
    });
  };

  // The loaded shards of words: whether the site uses a word, and the words that start with a prefix.
  function Vocabulary(starts, shards) {
    this.starts = starts;
    this.shards = shards;
  }

  Vocabulary.prototype.has = function (word) {
    var shard = this.shards[shardOf(this.starts, word)];
    return Boolean(shard) && shard.set.has(word);
  };

  // The shortest words that start with a word and are longer, as many as are tried for a word being typed.
  Vocabulary.prototype.completions = function (word) {
    var found = [];
    this.startingWith(word, function (v) { if (v !== word) { found.push(v); } });
    found.sort(function (a, b) { return a.length - b.length || (a < b ? -1 : 1); });
    return found.slice(0, PREFIXES);
  };

  // Calls `each` with every loaded word that starts with `prefix`, in order.
  Vocabulary.prototype.startingWith = function (prefix, each) {
    for (var s = Math.max(0, shardOf(this.starts, prefix)); s <= shardOf(this.starts, prefix + "\uffff"); s++) {
      var shard = this.shards[s];
      if (!shard) { continue; }
      for (var i = lowerBound(shard.sorted, prefix); i < shard.sorted.length && shard.sorted[i].startsWith(prefix); i++) {
        each(shard.sorted[i]);
      }
    }
  };

  // The terms one word of a query may match, each with how much of a match it is: the word's own term;
  // completions when it is being typed; its one-edit neighbours (with the same first letter) when the site
  // uses no such word, nor, while it is typed, any word it begins.
  function alternatives(word, typing, vocabulary) {
    var found = {};
    function add(t, weight) { if (!(found[t] >= weight)) { found[t] = weight; } }
    add(term(word), 1);
    var completions = typing ? vocabulary.completions(word) : [];
    // A word the site uses may be complete already: its completions then count for less.
    var share = vocabulary.has(word) ? 0.5 : 1;
    completions.forEach(function (v) { add(term(v), share * word.length / v.length); });
    if (typo(word, typing, vocabulary)) {
      vocabulary.startingWith(Array.from(word)[0], function (v) {
        if (oneEdit(v, word)) { add(term(v), TYPO); }
      });
    }
    return found;
  }

  // Whether a word may be a typo: long enough, and neither a word the site uses nor, while it is being
  // typed, the start of one.
  function typo(word, typing, vocabulary) {
    return Array.from(word).length >= MIN_TYPO && !vocabulary.has(word) && !(typing && vocabulary.completions(word).length);
  }

  // Each query word's alternatives: whole, and its parts for a code name. The last word is being typed
  // unless the text ends after it. The words the site uses are loaded around each query word, then, for
  // a word it does not use, around its first letter, where its one-edit neighbours are.
  Index.prototype.plan = function (text) {
    var index = this;
    var typing = /[\p{L}\p{N}_]$/u.test(text);
    var runs = (text.match(RUN) || []).map(function (run, r, all) {
      var w = runWords(run);
      var last = typing && r === all.length - 1;
      return {
        whole: w.whole ? { word: w.whole, typing: last } : null,
        parts: w.parts.map(function (p, i) { return { word: p, typing: last && i === w.parts.length - 1 }; })
      };
    });
    var asked = [];
    runs.forEach(function (run) { asked = asked.concat(run.whole ? [run.whole] : [], run.parts); });
    var words = asked.map(function (a) { return a.word; });
    // Each word's own term is matched whatever else it may be: its shard loads alongside the words.
    words.forEach(function (w) { index.terms(term(w)); });
    return index.words(words).then(function (vocabulary) {
      var unknown = asked.filter(function (a) { return typo(a.word, a.typing, vocabulary); });
      return unknown.length === 0 ? vocabulary : index.words(words.concat(unknown.map(function (a) { return Array.from(a.word)[0]; })));
    }).then(function (vocabulary) {
      function alternativesOf(a) { return alternatives(a.word, a.typing, vocabulary); }
      return runs.filter(function (run) { return run.whole || run.parts.length; }).map(function (run) {
        return { whole: run.whole ? alternativesOf(run.whole) : {}, parts: run.parts.map(alternativesOf) };
      });
    });
  };

  // The shard of terms that may hold a term, by the term or by the shard's number; none for a term before
  // the first.
  Index.prototype.terms = function (termOrShard) {
    var s = typeof termOrShard === "number" ? termOrShard : shardOf(this.head.terms, termOrShard);
    return s < 0 ? Promise.resolve({}) : load(this.root + "search-index/terms-" + s + ".js");
  };

  Index.prototype.shardsFor = function (plan) {
    var index = this;
    var needed = {};
    function need(alternatives) {
      Object.keys(alternatives).forEach(function (t) {
        var s = shardOf(index.head.terms, t);
        if (s >= 0) { needed[s] = true; }
      });
    }
    plan.forEach(function (word) { need(word.whole); word.parts.forEach(need); });
    return Promise.all(Object.keys(needed).map(function (s) {
      return index.terms(Number(s)).then(function (terms) { return [s, terms]; });
    })).then(function (loaded) {
      var shards = {};
      loaded.forEach(function (pair) { shards[pair[0]] = pair[1]; });
      return shards;
    });
  };

  // Scores every page: per query word the best of its alternatives, plus a share of its parts' for a code
  // name (a page that holds the name whole holds its parts too, and ranks above one that only has the
  // parts), summed over the words and scaled by the share of the words the page matches.
  Index.prototype.rank = function (plan, shards) {
    var index = this;
    var pages = index.head.pages;
    var total = new Float64Array(pages);
    var matched = new Uint8Array(pages);
    function best(alternatives, into) {
      Object.keys(alternatives).forEach(function (t) {
        var shard = shards[shardOf(index.head.terms, t)];
        var postings = shard && Object.prototype.hasOwnProperty.call(shard, t) ? shard[t] : null;
        if (!postings) { return; }
        var page = 0;
        for (var i = 0; i < postings.length; i += 2) {
          page += postings[i];
          var score = alternatives[t] * postings[i + 1];
          if (score > into[page]) { into[page] = score; }
        }
      });
    }
    plan.forEach(function (word) {
      var whole = new Float64Array(pages);
      best(word.whole, whole);
      word.parts.forEach(function (alternatives) {
        var part = new Float64Array(pages);
        best(alternatives, part);
        for (var p = 0; p < pages; p++) { whole[p] += PARTS * part[p]; }
      });
      for (var d = 0; d < pages; d++) {
        if (whole[d] > 0) { total[d] += whole[d]; matched[d]++; }
      }
    });
    var hits = [];
    for (var page = 0; page < pages; page++) {
      if (total[page] > 0) {
        hits.push({ index: index, page: page, score: total[page] * matched[page] / plan.length });
      }
    }
    return hits;
  };

  Index.prototype.entry = function (page) {
    var perFile = this.head.pagesPerFile;
    return load(this.root + "search-index/pages-" + Math.floor(page / perFile) + ".js").then(function (entries) {
      return entries[page % perFile];
    });
  };

  // Searches several skills' indexes together (a site searches its own): results carry their index's root
  // and skill, best first.
  function open(roots) {
    var indexes = roots.map(function (root) { return new Index(root); });
    return {
      ready: function () { return Promise.all(indexes.map(function (i) { return i.open(); })); },
      search: function (text, max) {
        return this.ready().then(function () {
          return Promise.all(indexes.map(function (index) {
            return index.plan(text).then(function (plan) {
              return index.shardsFor(plan).then(function (shards) {
                var hits = index.rank(plan, shards);
                hits.forEach(function (hit) { hit.plan = plan; });
                return hits;
              });
            });
          }));
        }).then(function (perIndex) {
          var hits = [].concat.apply([], perIndex);
          hits.sort(function (a, b) { return b.score - a.score || a.page - b.page; });
          hits = hits.slice(0, max);
          return Promise.all(hits.map(function (hit) {
            return hit.index.entry(hit.page).then(function (entry) {
              return result(hit, entry);
            });
          }));
        });
      }
    };
  }

  // A hit as a reader sees it: the page, its skill, and the heading that matches more of the query's words
  // than the title does, if one does; terms are what to highlight.
  function result(hit, entry) {
    var terms = new Set();
    hit.plan.forEach(function (word) {
      Object.keys(word.whole).forEach(function (t) { terms.add(t); });
      word.parts.forEach(function (p) { Object.keys(p).forEach(function (t) { terms.add(t); }); });
    });
    function matches(text) {
      var own = new Set(words(text).map(term));
      return hit.plan.filter(function (word) {
        return Object.keys(word.whole).some(function (t) { return own.has(t); })
          || word.parts.some(function (p) { return Object.keys(p).some(function (t) { return own.has(t); }); });
      }).length;
    }
    var heading = null;
    var most = matches(entry[0]);
    entry[4].forEach(function (h) {
      var count = matches(h[0]);
      if (count > most) { most = count; heading = h; }
    });
    return {
      skill: hit.index.head.skill, root: hit.index.root, title: entry[0], section: entry[1], path: entry[2],
      description: entry[3], heading: heading, terms: terms
    };
  }

  window.skillsiteSearch = { receive: receive, open: open, words: words, term: term };

  // ---- The search box ----

  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var status = document.querySelector(".search-status");
  if (!input || !list || !document.currentScript) { return; }
  var box = input.closest(".search");
  var panel = box.querySelector(".search-panel") || list;
  // The site root, from this script's own address: the same on every page, at any depth, under any sub-path.
  var root = document.currentScript.src.replace(/js\/search\.js(?:[?#].*)?$/, "");
  var MAX = 10;
  // Every index of the site (one per skill), and this page's skill's own, which the scope box can narrow to.
  var folders = (box.getAttribute("data-indexes") || "").split(" ");
  var everywhere = open(folders.map(function (folder) { return root + folder; }));
  var scope = document.getElementById("search-scope");
  var here = scope ? open([root + box.getAttribute("data-index")]) : everywhere;
  var SCOPE_KEY = "skillsite-search-scope";
  if (scope) {
    try { scope.checked = localStorage.getItem(SCOPE_KEY) === "skill"; } catch (e) { /* storage may be off */ }
  }
  function narrowed() { return scope !== null && scope.checked; }
  function site() { return narrowed() ? here : everywhere; }
  var asked = 0;
  var results = [];
  var active = -1;

  // Text with each word whose term a query matched wrapped in <mark>, built as nodes so nothing from the
  // index is parsed as HTML.
  function marked(text, terms) {
    var fragment = document.createDocumentFragment();
    var last = 0;
    text.replace(RUN, function (run, offset) {
      var w = runWords(run);
      var hit = (w.whole && terms.has(term(w.whole))) || w.parts.some(function (p) { return terms.has(term(p)); });
      if (hit) {
        fragment.appendChild(document.createTextNode(text.slice(last, offset)));
        var mark = document.createElement("mark");
        mark.textContent = run;
        fragment.appendChild(mark);
        last = offset + run.length;
      }
      return run;
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

  // Asks for what the box holds; an answer that arrives after the reader typed on is dropped. While the
  // parts of the index a query needs load, the list is marked busy.
  function update() {
    var text = input.value;
    if (!text.trim()) { close(); return; }
    var question = ++asked;
    list.setAttribute("aria-busy", "true");
    site().search(text, MAX).then(function (found) {
      if (question === asked) { show(text, found); }
    }, function () {
      if (question === asked) {
        list.setAttribute("aria-busy", "false");
        say("The search index could not be loaded.");
      }
    });
  }

  function show(text, found) {
    results = found;
    list.textContent = "";
    results.forEach(function (hit, i) {
      var item = document.createElement("li");
      item.id = "search-result-" + i;
      item.setAttribute("role", "option");
      var link = document.createElement("a");
      link.href = hit.root + hit.path + (hit.heading ? "#" + hit.heading[1] : "");
      link.tabIndex = -1;
      link.appendChild(span("result-title", marked(hit.title, hit.terms)));
      if (folders.length > 1 && !narrowed()) { link.appendChild(span("result-skill", document.createTextNode(hit.skill))); }
      if (hit.section) { link.appendChild(span("result-section", document.createTextNode(hit.section))); }
      link.appendChild(span("result-context", marked(hit.heading ? "§ " + hit.heading[0] : hit.description, hit.terms)));
      item.appendChild(link);
      list.appendChild(item);
    });
    if (results.length === 0) {
      var none = document.createElement("li");
      none.className = "no-results";
      none.textContent = "No results for \u201c" + text.trim() + "\u201d";
      list.appendChild(none);
    }
    say(results.length + (results.length === 1 ? " result" : " results"));
    panel.hidden = false;
    list.setAttribute("aria-busy", "false");
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
    asked++;
    panel.hidden = true;
    list.textContent = "";
    list.removeAttribute("aria-busy");
    results = [];
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  input.addEventListener("focus", function () {
    site().ready().catch(function () { say("The search index could not be loaded."); });
    if (input.value.trim()) { update(); }
  });
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
  // Keep focus in the box while a result or the scope is clicked; close when focus leaves the search.
  panel.addEventListener("mousedown", function (event) { event.preventDefault(); });
  if (scope) {
    scope.addEventListener("change", function () {
      try { localStorage.setItem(SCOPE_KEY, scope.checked ? "skill" : "all"); } catch (e) { /* storage may be off */ }
      input.focus();
      update();
    });
  }
  input.addEventListener("blur", function () { if (!input.value) { close(); } });
  document.addEventListener("click", function (event) {
    if (!event.target.closest || !event.target.closest(".search")) { panel.hidden = true; input.setAttribute("aria-expanded", "false"); }
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
