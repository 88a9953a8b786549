// The gerai map. Everything comes from the #peta element's data- attributes (no inline script):
// the tile URL (empty: no tile layer, markers on a blank map), the scoped JSON of markers, the
// base address of a gerai's page and Leaflet's marker images.
(function () {
  "use strict";

  var INDONESIA = [-2.5, 118];

  function popup(titik, dasar) {
    var isi = document.createElement("div");
    var tautan = document.createElement("a");
    tautan.href = dasar + encodeURIComponent(titik.id);
    tautan.textContent = titik.nama;
    isi.appendChild(tautan);
    return isi;
  }

  function tampilkan(peta, daftar, dasar) {
    var batas = [];
    daftar.forEach(function (t) {
      var posisi = [t.lintang, t.bujur];
      L.marker(posisi, { title: t.nama, alt: t.nama }).addTo(peta).bindPopup(popup(t, dasar));
      batas.push(posisi);
    });
    if (batas.length === 1) {
      peta.setView(batas[0], 15);
    } else if (batas.length > 1) {
      peta.fitBounds(batas, { padding: [24, 24] });
    }
  }

  function mulai() {
    var el = document.getElementById("peta");
    if (!el || typeof L === "undefined") {
      return;
    }
    var d = el.dataset;
    L.Icon.Default.imagePath = d.gambar;
    var peta = L.map(el).setView(INDONESIA, 5);
    if (d.tileUrl) {
      L.tileLayer(d.tileUrl, { maxZoom: 19, attribution: d.atribusi }).addTo(peta);
    }
    fetch(d.dataUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) {
        return r.ok ? r.json() : [];
      })
      .then(function (daftar) {
        tampilkan(peta, daftar, d.geraiUrl);
      });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mulai);
  } else {
    mulai();
  }
})();
