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
  // The server's year bands for each level ("2:entry,5:mid,…"), so the level shown follows the years typed.
  var LEVEL_BANDS = (form.getAttribute("data-level-bands") || "").split(",").filter(Boolean).map(function (band) {
    var parts = band.split(":");
    return [Number(parts[0]), parts[1]];
  });

  function query() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (String(value).trim() !== "") {
        params.append(name, value);
      }
    });
    return params.toString();
  }

  function parse(html) {
    return new DOMParser().parseFromString(html, "text/html");
  }

  function clearFieldErrors() {
    form.querySelectorAll(".field__error[data-live]").forEach(function (p) { p.remove(); });
    form.querySelectorAll("[aria-invalid=true]").forEach(function (el) { el.removeAttribute("aria-invalid"); });
    form.querySelectorAll(".field--error").forEach(function (el) { el.classList.remove("field--error"); });
  }

  // Each message goes next to its field, as the server prints it without JavaScript.
  function showFieldErrors(summary) {
    clearFieldErrors();
    summary.querySelectorAll("li[data-field]").forEach(function (item) {
      var name = item.getAttribute("data-field");
      var control = document.getElementById(name === "skills" ? "skills-group" : name);
      if (!control) {
        return;
      }
      var field = control.closest(".field, .field-group") || control;
      var message = document.createElement("p");
      message.className = "field__error";
      message.id = name + "-error";
      message.setAttribute("data-live", "");
      message.textContent = item.textContent;
      var help = field.querySelector(".field__help");
      (help || field.firstElementChild).after(message);
      field.classList.add("field--error");
      control.setAttribute("aria-invalid", "true");
    });
  }

  function addShareActions(section) {
    var input = section.querySelector("#share-url");
    if (!input || !navigator.clipboard) {
      return;
    }
    var actions = document.createElement("div");
    actions.className = "share-actions";
    var copy = document.createElement("button");
    copy.type = "button";
    copy.className = "button button--secondary";
    copy.textContent = "Copy link";
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(input.value).then(function () {
        status.textContent = "Link copied.";
      }, function () {
        input.select();
        status.textContent = "Select the link and copy it.";
      });
    });
    actions.appendChild(copy);
    if (navigator.share) {
      var share = document.createElement("button");
      share.type = "button";
      share.className = "button button--secondary";
      share.textContent = "Share…";
      share.addEventListener("click", function () {
        navigator.share({ title: document.title, url: input.value }).catch(function () { /* dismissed */ });
      });
      actions.appendChild(share);
    }
    input.after(actions);
  }

  function showResult(section, qs) {
    var errors = document.getElementById("live-errors");
    if (errors) {
      errors.remove();
    }
    clearFieldErrors();
    slot.replaceChildren(section);
    slot.classList.remove("result-slot--empty");
    if (layout) {
      layout.classList.add("calculator--with-result");
    }
    history.replaceState(null, "", "/calculator?" + qs);
    addShareActions(section);
    if (window.SalaryAtlasCharts) {
      section.querySelectorAll("script[data-chart]").forEach(window.SalaryAtlasCharts.redraw);
    }
    status.textContent = "Estimate updated.";
  }

  function showErrors(summary) {
    // The last good estimate stays on screen, below its own heading, but the phone's sticky summary goes: it would
    // show a figure for details the form no longer holds (a role changed to one the level cannot have, say).
    var sticky = slot.querySelector(".result-sticky");
    if (sticky) {
      sticky.remove();
    }
    // The errors sit above the form and at each field.
    var old = document.getElementById("live-errors");
    if (old) {
      old.replaceWith(summary);
    } else {
      form.parentNode.insertBefore(summary, form);
    }
    showFieldErrors(summary);
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
        var node = parse(answer.body).body.firstElementChild;
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

  // Skills and industries differ by role: take the new role's controls, rendered by the server alone
  // (GET /calculator/fields computes no estimate and counts nothing).
  function refreshRoleFields() {
    var qs = query();
    return fetch("/calculator/fields?" + qs, { headers: { Accept: "text/html" } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var fresh = parse(html).getElementById("role-fields");
        var current = document.getElementById("role-fields");
        if (fresh && current) {
          current.replaceWith(fresh);
        }
      })
      .catch(function () { /* the old controls still work; the server ignores what does not apply */ });
  }

  function followYears() {
    var years = document.getElementById("years");
    var level = document.getElementById("level");
    var value = years && years.value.trim();
    if (!level || !value || !/^[0-9]{1,2}$/.test(value)) {
      return;
    }
    var n = Number(value);
    for (var i = 0; i < LEVEL_BANDS.length; i++) {
      if (n <= LEVEL_BANDS[i][0]) {
        level.value = LEVEL_BANDS[i][1];
        return;
      }
    }
  }

  function schedule(delay) {
    clearTimeout(timer);
    timer = setTimeout(update, delay);
  }

  form.addEventListener("change", function (event) {
    if (event.target.id === "role") {
      clearTimeout(timer);
      refreshRoleFields().then(update);
      return;
    }
    schedule(event.target.tagName === "INPUT" && event.target.type === "text" ? TYPING_PAUSE_MS : CHOICE_PAUSE_MS);
  });
  form.addEventListener("input", function (event) {
    if (event.target.type === "text") {
      if (event.target.id === "years") {
        followYears();
      }
      schedule(TYPING_PAUSE_MS);
    }
  });
  var existing = document.getElementById("result");
  if (existing) {
    addShareActions(existing);
  }
})();
