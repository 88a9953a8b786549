// Safari check-in: fills the latitude and longitude of each visit's check-in form from the phone's
// position when the browser gives it (the officer may still type or correct them). No inline script.
(function () {
  "use strict";

  function isi(pos) {
    document.querySelectorAll("form.posisi-sekarang").forEach(function (f) {
      var lintang = f.querySelector("input[name=lintang]");
      var bujur = f.querySelector("input[name=bujur]");
      if (lintang && bujur && !lintang.value && !bujur.value) {
        lintang.value = pos.coords.latitude.toFixed(6);
        bujur.value = pos.coords.longitude.toFixed(6);
      }
    });
  }

  function mulai() {
    if (!document.querySelector("form.posisi-sekarang") || !navigator.geolocation) {
      return;
    }
    navigator.geolocation.getCurrentPosition(isi, function () {}, {
      enableHighAccuracy: true,
      timeout: 10000,
      maximumAge: 60000
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mulai);
  } else {
    mulai();
  }
})();
