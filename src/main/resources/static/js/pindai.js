// Check-in by camera: the "Pindai QR" button opens the rear camera and reads QR codes with the
// browser's own BarcodeDetector (Chrome on Android has it); each code read is sent through the
// check-in form (htmx), and the camera stays open for the next person. Where the browser has no
// BarcodeDetector, no camera or no permission, the button stays hidden or closes with a message,
// and the code field (typed or filled by a scanner app) works as before. Texts come from data-
// attributes, so they are in the user's language. No inline script, no library.
(function () {
  "use strict";

  var SELANG_MS = 250; // how often a frame is read
  var JEDA_SAMA_MS = 4000; // the same code read again within this time is not sent twice

  var kotak, tombolMulai, tombolHenti, video, status, form, isian;
  var aliran = null;
  var detektor = null;
  var pewaktu = null;
  var terakhir = { kode: null, pada: 0 };

  function pesan(nama) {
    return kotak.getAttribute("data-pesan-" + nama) || "";
  }

  // buttons are styled inline-block, which beats the hidden attribute: set both
  function tampak(el, ya) {
    el.hidden = !ya;
    el.style.display = ya ? "" : "none";
  }

  function tampilkan(teks) {
    status.textContent = teks;
  }

  function didukung() {
    return (
      "BarcodeDetector" in window &&
      navigator.mediaDevices &&
      typeof navigator.mediaDevices.getUserMedia === "function"
    );
  }

  function siapkan() {
    if (!didukung()) {
      tampilkan(pesan("tidak-didukung"));
      return;
    }
    var formats = window.BarcodeDetector.getSupportedFormats
      ? window.BarcodeDetector.getSupportedFormats()
      : Promise.resolve(["qr_code"]);
    formats
      .then(function (daftar) {
        if (daftar.indexOf("qr_code") < 0) {
          tampilkan(pesan("tidak-didukung"));
          return;
        }
        detektor = new window.BarcodeDetector({ formats: ["qr_code"] });
        tampak(tombolMulai, true);
      })
      .catch(function () {
        tampilkan(pesan("tidak-didukung"));
      });
  }

  function mulai() {
    tombolMulai.disabled = true;
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: { ideal: "environment" } }, audio: false })
      .then(function (s) {
        aliran = s;
        video.srcObject = s;
        video.hidden = false;
        tampak(tombolMulai, false);
        tampak(tombolHenti, true);
        tampilkan(pesan("memindai"));
        return video.play();
      })
      .then(function () {
        pewaktu = window.setInterval(baca, SELANG_MS);
      })
      .catch(function (e) {
        henti();
        var nama = e && e.name;
        if (nama === "NotAllowedError" || nama === "SecurityError") {
          tampilkan(pesan("ditolak"));
        } else if (nama === "NotFoundError" || nama === "OverconstrainedError") {
          tampilkan(pesan("tanpa-kamera"));
        } else {
          tampilkan(pesan("galat"));
        }
      })
      .then(function () {
        tombolMulai.disabled = false;
      });
  }

  function henti() {
    if (pewaktu) {
      window.clearInterval(pewaktu);
      pewaktu = null;
    }
    if (aliran) {
      aliran.getTracks().forEach(function (t) {
        t.stop();
      });
      aliran = null;
    }
    video.srcObject = null;
    video.hidden = true;
    tampak(tombolHenti, false);
    tampak(tombolMulai, !!detektor);
  }

  var sibuk = false;

  function baca() {
    if (sibuk || !aliran || video.readyState < 2) {
      return;
    }
    sibuk = true;
    detektor
      .detect(video)
      .then(function (kode) {
        if (kode.length > 0) {
          kirim(kode[0].rawValue);
        }
      })
      .catch(function () {})
      .then(function () {
        sibuk = false;
      });
  }

  function kirim(kode) {
    var kini = Date.now();
    if (!kode || (kode === terakhir.kode && kini - terakhir.pada < JEDA_SAMA_MS)) {
      return;
    }
    terakhir = { kode: kode, pada: kini };
    isian.value = kode;
    tampilkan(pesan("terbaca"));
    if (navigator.vibrate) {
      navigator.vibrate(100);
    }
    // htmx handles the submit event of the form (hx-post); without htmx it posts normally
    if (typeof form.requestSubmit === "function") {
      form.requestSubmit();
    } else {
      form.dispatchEvent(new Event("submit", { cancelable: true, bubbles: true }));
    }
  }

  function mulaiHalaman() {
    kotak = document.getElementById("pindai");
    if (!kotak) {
      return;
    }
    tombolMulai = document.getElementById("pindai-mulai");
    tombolHenti = document.getElementById("pindai-henti");
    video = document.getElementById("pindai-video");
    status = document.getElementById("pindai-status");
    form = document.getElementById("pindai-form");
    isian = document.getElementById("pindai-kode");
    // the box stays hidden without script: the code field alone is the page then
    kotak.hidden = false;
    tombolMulai.addEventListener("click", mulai);
    tombolHenti.addEventListener("click", function () {
      henti();
      tampilkan("");
    });
    document.body.addEventListener("htmx:afterSwap", function (e) {
      if (e.detail && e.detail.target && e.detail.target.id === "pindai-hasil" && aliran) {
        tampilkan(pesan("memindai"));
      }
    });
    document.body.addEventListener("htmx:responseError", function (e) {
      if (e.detail && e.detail.elt === form) {
        tampilkan(pesan("galat"));
      }
    });
    // the camera is let go when the page is left or hidden, so the phone does not keep it
    document.addEventListener("visibilitychange", function () {
      if (document.hidden && aliran) {
        henti();
        tampilkan("");
      }
    });
    window.addEventListener("pagehide", henti);
    siapkan();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mulaiHalaman);
  } else {
    mulaiHalaman();
  }
})();
