// Role finder: the page holds every role; as the visitor types, hide the roles whose title or code does not hold
// every word, show the suggestions when none does, and announce the count. Without JavaScript the form asks the
// server (GET /salaries?q=…), which matches the same text (data-search) the same way and writes the same sentences.
(function () {
  "use strict";

  var form = document.querySelector("form[data-finder-list]");
  var list = form && document.getElementById(form.getAttribute("data-finder-list"));
  var input = form && form.querySelector("input[name=q]");
  var status = document.getElementById("finder-status");
  var empty = document.getElementById("finder-empty");
  if (!list || !input || !status) {
    return;
  }
  var items = list.querySelectorAll("[data-search]");
  var timer = null;

  function sentence(count, query) {
    if (query === "") {
      return "All " + items.length + " roles.";
    }
    var quoted = "\u201c" + query + "\u201d.";
    if (count === 0) {
      return "No role matches " + quoted;
    }
    return count === 1 ? "1 role matches " + quoted : count + " roles match " + quoted;
  }

  function filter() {
    var query = input.value.trim().slice(0, 80);
    var words = query.toLowerCase().split(/\s+/).filter(function (w) { return w !== ""; });
    var count = 0;
    Array.prototype.forEach.call(items, function (item) {
      var text = item.getAttribute("data-search");
      var match = words.every(function (w) { return text.indexOf(w) >= 0; });
      item.hidden = !match;
      if (match) {
        count++;
      }
    });
    list.hidden = count === 0;
    if (empty) {
      empty.hidden = count !== 0;
    }
    // Announce once the typing pauses, so a screen reader is not interrupted at every key.
    clearTimeout(timer);
    timer = setTimeout(function () { status.textContent = sentence(count, query); }, 300);
  }

  input.addEventListener("input", filter);
  if (input.value !== "") {
    filter();
  }
})();
