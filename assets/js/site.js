// Page behaviour: the phone menu, the theme toggle, copy buttons on code blocks, the "On this page"
// highlight that follows scrolling and keyboard access to tables that scroll. No dependencies.
(function () {
  "use strict";
  var root = document.documentElement;

  var navToggle = document.querySelector(".nav-toggle");
  if (navToggle) {
    navToggle.addEventListener("click", function () {
      var open = root.classList.toggle("nav-open");
      navToggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }

  var themeToggle = document.querySelector(".theme-toggle");
  if (themeToggle) {
    themeToggle.addEventListener("click", function () {
      var current = root.getAttribute("data-theme")
        || (window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
      var next = current === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem("skillsite-theme", next); } catch (e) { /* not persisted */ }
    });
  }

  // Scroll spy: the current section is the last heading that has passed under the sticky header; at the
  // end of the page, where the last sections cannot reach the top, the last heading in view.
  var toc = document.querySelector(".toc");
  if (toc && "IntersectionObserver" in window) {
    var links = {};
    toc.querySelectorAll("a[href^='#']").forEach(function (a) {
      links[decodeURIComponent(a.getAttribute("href").slice(1))] = a;
    });
    var headings = Array.prototype.filter.call(document.querySelectorAll("article h2[id], article h3[id]"),
      function (h) { return links[h.id]; });
    var footer = document.querySelector(".site-footer");
    var current = null;
    var spy = function () {
      var line = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 64;
      var chosen = headings[0];
      var atEnd = footer && footer.getBoundingClientRect().top < window.innerHeight;
      for (var i = 0; i < headings.length; i++) {
        var top = headings[i].getBoundingClientRect().top;
        if (top <= line + 8 || (atEnd && top < window.innerHeight)) { chosen = headings[i]; }
      }
      if (chosen === current) { return; }
      if (current) {
        links[current.id].classList.remove("active");
        links[current.id].removeAttribute("aria-current");
      }
      current = chosen;
      links[current.id].classList.add("active");
      links[current.id].setAttribute("aria-current", "location");
    };
    if (headings.length) {
      var observer = new IntersectionObserver(spy, { rootMargin: "-64px 0px 0px 0px" });
      headings.forEach(function (h) { observer.observe(h); });
      if (footer) { observer.observe(footer); }
      spy();
    }
  }

  // A table wider than the page scrolls sideways (site.css); one that does takes keyboard focus, so that it can be
  // scrolled without a mouse. Rechecked when the window changes size (a phone turned, a window resized).
  var tables = document.querySelectorAll(".content table");
  var scrollable = function () {
    tables.forEach(function (table) {
      if (table.scrollWidth > table.clientWidth) {
        table.tabIndex = 0;
      } else {
        table.removeAttribute("tabindex");
      }
    });
  };
  if (tables.length) {
    scrollable();
    window.addEventListener("resize", scrollable);
  }

  document.querySelectorAll("pre > code").forEach(function (code) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = "Copy";
    button.addEventListener("click", function () {
      var done = function () {
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = "Copy"; }, 1500);
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(code.innerText).then(done);
      } else {
        var area = document.createElement("textarea");
        area.value = code.innerText;
        document.body.appendChild(area);
        area.select();
        document.execCommand("copy");
        area.remove();
        done();
      }
    });
    code.parentElement.classList.add("has-copy");
    code.parentElement.appendChild(button);
  });
})();
