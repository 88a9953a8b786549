// Health assessment pages: the print button of the worksheet, and the score-by-year chart of a
// cooperative's history. Everything comes from data- attributes (no inline script): the years,
// the total score of each year (blank when incomplete) and the predicate names.
(function () {
  "use strict";

  function daftar(teks) {
    return teks ? teks.split(",") : [];
  }

  function cetak() {
    var tombol = document.getElementById("cetak-lembar");
    if (tombol) {
      tombol.addEventListener("click", function () { window.print(); });
    }
  }

  function grafik() {
    var kanvas = document.getElementById("grafik-kesehatan");
    if (!kanvas || typeof Chart === "undefined") {
      return;
    }
    var predikat = daftar(kanvas.dataset.predikat);
    var total = daftar(kanvas.dataset.total).map(function (v) { return v === "" ? null : Number(v); });
    new Chart(kanvas, {
      type: "line",
      data: {
        labels: daftar(kanvas.dataset.tahun),
        datasets: [{
          label: kanvas.dataset.judul,
          data: total,
          spanGaps: false,
          borderColor: "#0b5d3b",
          backgroundColor: "#0b5d3b",
          pointRadius: 5
        }]
      },
      options: {
        responsive: true,
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: function (c) { return c.parsed.y + " · " + (predikat[c.dataIndex] || ""); }
            }
          }
        },
        scales: { y: { min: 0, max: 100, ticks: { stepSize: 10 } } }
      }
    });
  }

  function mulai() {
    cetak();
    grafik();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mulai);
  } else {
    mulai();
  }
})();
