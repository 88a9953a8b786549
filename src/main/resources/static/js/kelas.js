// The class-by-year chart of a business's class page. Everything comes from the #grafik-kelas
// canvas's data- attributes (no inline script): the years, the class of each year as 0 (micro) to
// 3 (large), the class names in the page's language and the series title.
(function () {
  "use strict";

  function daftar(teks) {
    return teks ? teks.split(",") : [];
  }

  function gambar() {
    var kanvas = document.getElementById("grafik-kelas");
    if (!kanvas || typeof Chart === "undefined") {
      return;
    }
    var label = daftar(kanvas.dataset.labelKelas);
    var kelas = daftar(kanvas.dataset.kelas).map(Number);
    new Chart(kanvas, {
      type: "line",
      data: {
        labels: daftar(kanvas.dataset.tahun),
        datasets: [{
          label: kanvas.dataset.judul,
          data: kelas,
          stepped: "before",
          borderColor: "#0b5d3b",
          backgroundColor: "#0b5d3b",
          pointRadius: 4
        }]
      },
      options: {
        responsive: true,
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: function (c) { return label[c.parsed.y] || ""; }
            }
          }
        },
        scales: {
          y: {
            min: 0,
            max: 3,
            ticks: { stepSize: 1, callback: function (v) { return label[v] || ""; } }
          }
        }
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", gambar);
  } else {
    gambar();
  }
})();
