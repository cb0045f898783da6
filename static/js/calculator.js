// Live calculator: as inputs change, fetch the server-rendered result fragment (the same one the form's POST
// renders) and swap it in, keeping the address shareable. No result markup is written here: without JavaScript
// the form posts and the server renders the same fragment in the full page.
(function () {
  "use strict";

  var form = document.getElementById("calculator-form");
  var slot = document.getElementById("result-slot");
  if (!form || !slot || !window.fetch || !window.URLSearchParams || !window.DOMParser) {
    return;
  }
  var status = document.getElementById("live-status");
  var layout = document.getElementById("calculator");
  var timer = null;
  var latest = 0;
  // Selects and checkboxes answer at once; typed fields wait until the hand pauses.
  var TYPING_PAUSE_MS = 600;
  var CHOICE_PAUSE_MS = 150;

  function query() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (String(value).trim() !== "") {
        params.append(name, value);
      }
    });
    return params.toString();
  }

  function fragment(html) {
    return new DOMParser().parseFromString(html, "text/html").body.firstElementChild;
  }

  function showResult(section, qs) {
    var errors = document.getElementById("live-errors");
    if (errors) {
      errors.remove();
    }
    slot.replaceChildren(section);
    slot.classList.remove("result-slot--empty");
    if (layout) {
      layout.classList.add("calculator--with-result");
    }
    history.replaceState(null, "", "/calculator?" + qs);
    if (window.SalaryAtlasCharts) {
      section.querySelectorAll("script[data-chart]").forEach(window.SalaryAtlasCharts.redraw);
    }
    status.textContent = "Estimate updated.";
  }

  function showErrors(summary) {
    // The last good estimate stays on screen; the errors sit above the form.
    var old = document.getElementById("live-errors");
    if (old) {
      old.replaceWith(summary);
    } else {
      form.parentNode.insertBefore(summary, form);
    }
    status.textContent = "Not updated: please check the form.";
  }

  function update() {
    var qs = query();
    var request = ++latest;
    fetch("/calculator/result?" + qs, { headers: { Accept: "text/html" } })
      .then(function (response) {
        return response.text().then(function (body) { return { status: response.status, body: body }; });
      })
      .then(function (answer) {
        if (request !== latest) {
          return;
        }
        var node = fragment(answer.body);
        if (answer.status === 200 && node) {
          showResult(node, qs);
        } else if (node && node.id === "live-errors") {
          showErrors(node);
        } else {
          status.textContent = "Could not update the estimate; the Estimate button still works.";
        }
      })
      .catch(function () {
        status.textContent = "Could not update the estimate; the Estimate button still works.";
      });
  }

  function schedule(delay) {
    clearTimeout(timer);
    timer = setTimeout(update, delay);
  }

  form.addEventListener("change", function (event) {
    schedule(event.target.tagName === "INPUT" && event.target.type === "text" ? TYPING_PAUSE_MS : CHOICE_PAUSE_MS);
  });
  form.addEventListener("input", function (event) {
    if (event.target.type === "text") {
      schedule(TYPING_PAUSE_MS);
    }
  });
})();
