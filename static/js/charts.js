// Draws every chart on the page from its JSON block. The page already carries the same numbers
// as a table, so without JavaScript (or Chart.js) nothing is lost.
(function () {
  "use strict";

  function css(name, fallback) {
    var value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
    return value || fallback;
  }

  var money = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });

  function formatter(format) {
    if (format === "percent") {
      return function (v) { return v + "%"; };
    }
    return function (v) { return money.format(v); };
  }

  function config(spec) {
    var colours = [1, 2, 3, 4, 5].map(function (n) { return css("--series-" + n, "#0b5cad"); });
    var text = css("--text", "#1a1a1a");
    var grid = css("--grid", "#d0d7de");
    var format = formatter(spec.format);
    var horizontal = spec.kind === "hbar" || spec.kind === "range";
    var datasets = spec.series.map(function (s, i) {
      var data = s.lows ? s.values.map(function (high, j) { return [s.lows[j], high]; }) : s.values;
      var colour = colours[i % (spec.kind === "line" ? colours.length : 2)];
      if (spec.kind === "line") {
        return { label: s.label, data: data, borderColor: colour, backgroundColor: colour, spanGaps: false, tension: 0 };
      }
      if (spec.series.length === 1) {
        // The visitor's estimate and offer stand out from the percentiles, each in its own colour.
        colour = spec.labels.map(function (label) {
          return label === "Your offer" ? colours[2] : label.indexOf("Your ") === 0 ? colours[1] : colours[0];
        });
      }
      return { label: s.label, data: data, backgroundColor: colour, borderWidth: 0 };
    });
    var valueAxis = {
      ticks: { color: text, callback: function (v) { return format(v); } },
      grid: { color: grid },
      beginAtZero: spec.kind !== "range" && spec.kind !== "line"
    };
    var labelAxis = { ticks: { color: text }, grid: { display: false } };
    return {
      type: spec.kind === "line" ? "line" : "bar",
      data: { labels: spec.labels, datasets: datasets },
      options: {
        indexAxis: horizontal ? "y" : "x",
        responsive: true,
        maintainAspectRatio: false,
        animation: window.matchMedia("(prefers-reduced-motion: reduce)").matches ? false : undefined,
        scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
        plugins: {
          legend: { display: spec.series.length > 1, labels: { color: text } },
          tooltip: {
            callbacks: {
              label: function (ctx) {
                var raw = ctx.raw;
                var value = Array.isArray(raw) ? format(raw[0]) + " – " + format(raw[1]) : format(raw);
                return ctx.dataset.label + ": " + value;
              }
            }
          }
        }
      }
    };
  }

  function draw(block) {
    var canvas = document.getElementById(block.getAttribute("data-for"));
    if (!canvas || typeof Chart === "undefined") {
      return;
    }
    var spec = JSON.parse(block.textContent);
    var existing = Chart.getChart(canvas);
    if (existing) {
      existing.destroy();
    }
    new Chart(canvas, config(spec));
  }

  // Charts below the fold are drawn as they come near, so the first screen is ready sooner.
  function drawAll() {
    var blocks = document.querySelectorAll("script[data-chart]");
    if (!("IntersectionObserver" in window)) {
      blocks.forEach(draw);
      return;
    }
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          draw(entry.target.closest("figure").querySelector("script[data-chart]"));
        }
      });
    }, { rootMargin: "200px 0px" });
    blocks.forEach(function (block) {
      observer.observe(block.closest("figure"));
    });
  }

  // Without this script the page shows each chart's table and no empty canvas; with it, the chart is drawn and
  // its table folds away (and opens again for printing).
  document.documentElement.classList.add("js");
  function foldTables(root) {
    root.querySelectorAll("details.chart__data[open]").forEach(function (d) { d.removeAttribute("open"); });
  }
  foldTables(document);
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.chart__data").forEach(function (d) { d.setAttribute("open", ""); });
  });
  window.addEventListener("afterprint", function () { foldTables(document); });

  // The calculator swaps in a new result and asks for its chart to be drawn.
  window.SalaryAtlasCharts = {
    redraw: function (block) {
      foldTables(block.closest("figure"));
      draw(block);
    }
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
