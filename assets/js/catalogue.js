// The catalogue of a repository's skills: typing in the filter hides the skills whose card does not
// contain every word typed, and the groups left empty. Works from file:// (no index to load).
(function () {
  "use strict";
  var input = document.getElementById("catalogue-filter");
  if (!input) { return; }
  var cards = Array.prototype.slice.call(document.querySelectorAll(".skill-card"));
  var groups = Array.prototype.slice.call(document.querySelectorAll(".catalogue-group"));
  var count = document.querySelector(".catalogue-count");
  var none = document.querySelector(".catalogue-none");
  var texts = cards.map(function (card) { return card.textContent.toLowerCase(); });

  function filter() {
    var words = input.value.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
    var shown = 0;
    cards.forEach(function (card, i) {
      var match = words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      card.hidden = !match;
      if (match) { shown++; }
    });
    groups.forEach(function (group) {
      group.hidden = group.querySelectorAll(".skill-card:not([hidden])").length === 0;
    });
    none.hidden = shown > 0;
    count.textContent = words.length === 0 ? "" : shown + " of " + cards.length + " skills";
  }

  input.addEventListener("input", filter);
  if (input.value) { filter(); }
})();
