// Live calculator: as inputs change, ask /api/estimate and update the result in place, keeping the
// address shareable. Without JavaScript the form posts and the server renders the same result.
(function () {
  "use strict";

  var form = document.getElementById("calculator-form");
  if (!form || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var status = document.getElementById("live-status");
  var timer = null;
  var latest = 0;

  function query() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (String(value).trim() !== "") {
        params.append(name, value);
      }
    });
    return params.toString();
  }

  function field(name) {
    return document.querySelector('[data-field="' + name + '"]');
  }

  function setText(name, text) {
    var el = field(name);
    if (el) {
      el.textContent = text;
    }
  }

  function cell(tag, text, className) {
    var el = document.createElement(tag);
    el.textContent = text;
    if (className) {
      el.className = className;
    }
    return el;
  }

  function renderFactors(factors) {
    var body = field("factors");
    body.replaceChildren();
    factors.forEach(function (f) {
      var row = document.createElement("tr");
      var head = cell("th", f.label);
      head.scope = "row";
      row.appendChild(head);
      row.appendChild(cell("td", f.effect));
      var direction = f.change > 0 ? "up" : f.change < 0 ? "down" : "none";
      row.appendChild(cell("td", f.changeText, "num factor-" + direction));
      var source = document.createElement("td");
      if (f.source) {
        var link = cell("a", f.sourceName);
        link.href = "/sources#" + encodeURIComponent(f.source);
        source.appendChild(link);
      } else {
        source.textContent = f.sourceName;
      }
      row.appendChild(source);
      body.appendChild(row);
    });
  }

  function tile(label, value, note, muted) {
    var div = document.createElement("div");
    div.appendChild(cell("p", label, "key-figure__label"));
    div.appendChild(cell("p", value, "key-figure__value" + (muted ? " muted" : "")));
    if (note) {
      div.appendChild(cell("p", note, "muted"));
    }
    return div;
  }

  function renderComp(data) {
    var total = data.total;
    var box = field("comp");
    box.replaceChildren(tile("Base", data.text.low + "\u2013" + data.text.high));
    ["bonus", "equity", "benefits"].forEach(function (part) {
      if (total[part]) {
        box.appendChild(tile(total[part].label, total[part].text, total[part].basis));
      }
    });
    total.missing.forEach(function (part) {
      box.appendChild(tile(part.charAt(0).toUpperCase() + part.slice(1), "No figure",
        "No source gives one for this role and employer.", true));
    });
  }

  function renderWhatIfs(whatIfs) {
    var block = field("whatifs");
    var list = block.querySelector("ul");
    list.replaceChildren();
    whatIfs.forEach(function (w) {
      var item = document.createElement("li");
      item.appendChild(cell("span", w.label.charAt(0).toUpperCase() + w.label.slice(1)));
      item.appendChild(document.createTextNode(": "));
      item.appendChild(cell("strong", w.changeText));
      list.appendChild(item);
    });
    block.hidden = whatIfs.length === 0;
  }

  function renderChart(json) {
    var block = document.querySelector('script[data-chart][data-for="chart-estimate"]');
    if (!block) {
      return;
    }
    block.textContent = json;
    var spec = JSON.parse(json);
    var figure = block.closest("figure");
    var summary = figure.querySelector(".chart__summary span");
    if (summary) {
      summary.textContent = spec.summary;
    }
    var body = figure.querySelector("tbody");
    body.replaceChildren();
    spec.rows.forEach(function (r) {
      var row = document.createElement("tr");
      var head = cell("th", r[0]);
      head.scope = "row";
      row.appendChild(head);
      row.appendChild(cell("td", r[1], "num"));
      body.appendChild(row);
    });
    if (window.SalaryAtlasCharts) {
      window.SalaryAtlasCharts.redraw(block);
    }
  }

  function render(data, qs) {
    setText("roleTitle", data.roleTitle);
    setText("locationName", data.locationName);
    ["low", "mid", "high", "percentile", "hourly", "total"].forEach(function (name) {
      setText(name, data.text[name]);
    });
    var offer = field("offer");
    if (offer) {
      offer.textContent = data.text.offer || "";
    }
    renderFactors(data.factors);
    renderComp(data);
    renderWhatIfs(data.whatIfs);
    renderChart(data.chart);
    var share = document.getElementById("share-url");
    if (share) {
      share.value = location.origin + "/calculator?" + qs;
    }
  }

  function update() {
    var qs = query();
    var request = ++latest;
    fetch("/api/estimate?" + qs, { headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      })
      .then(function (answer) {
        if (request !== latest) {
          return;
        }
        if (!answer.ok) {
          var messages = (answer.body.errors || []).map(function (e) { return e.message; });
          status.textContent = "Not updated: " + messages.join(" ");
          return;
        }
        if (!document.getElementById("result")) {
          // First estimate on a blank form: let the server render the whole result once.
          location.assign("/calculator?" + qs);
          return;
        }
        status.textContent = "Estimate updated.";
        history.replaceState(null, "", "/calculator?" + qs);
        render(answer.body, qs);
      })
      .catch(function () {
        status.textContent = "Could not update the estimate; the Estimate button still works.";
      });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(update, 250);
  }

  form.addEventListener("change", schedule);
  form.addEventListener("input", function (event) {
    if (event.target.type === "text") {
      schedule();
    }
  });
})();
