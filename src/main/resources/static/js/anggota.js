// The member-count-by-month chart of a gerai. Everything comes from the #grafik-anggota canvas's
// data- attributes (no inline script): the months, the count at each month's end, the series title.
(function () {
  "use strict";

  function daftar(teks) {
    return teks ? teks.split(",") : [];
  }

  function gambar() {
    var kanvas = document.getElementById("grafik-anggota");
    if (!kanvas || typeof Chart === "undefined") {
      return;
    }
    new Chart(kanvas, {
      type: "bar",
      data: {
        labels: daftar(kanvas.dataset.bulan),
        datasets: [{
          label: kanvas.dataset.judul,
          data: daftar(kanvas.dataset.jumlah).map(Number),
          backgroundColor: "#0b5d3b"
        }]
      },
      options: {
        responsive: true,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", gambar);
  } else {
    gambar();
  }
})();
