// Sends the CSRF token with every htmx request, so htmx forms are protected like normal ones.
document.addEventListener("htmx:configRequest", function (e) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    e.detail.headers[header.content] = token.content;
  }
});

// A request that did not get through (no network, or refused by the server) says so at the top of
// the page instead of leaving a tap without effect; the next request that succeeds clears it.
// Background polls (marked data-latar) stay quiet: the officer did not ask for them.
(function () {
  function kabar(e) {
    var latar = e.target && e.target.closest && e.target.closest("[data-latar]");
    return latar ? null : document.getElementById("kabar-htmx");
  }
  function tampilkan(e, jenis) {
    var k = kabar(e);
    if (k) {
      k.textContent = k.dataset[jenis];
      k.hidden = false;
    }
  }
  document.addEventListener("htmx:sendError", function (e) {
    tampilkan(e, "jaringan");
  });
  document.addEventListener("htmx:responseError", function (e) {
    tampilkan(e, "gagal");
  });
  document.addEventListener("htmx:afterRequest", function (e) {
    var k = kabar(e);
    if (k && e.detail.successful) {
      k.hidden = true;
    }
  });
})();

// The unread count refreshes every minute while someone uses the page. A page nobody has touched
// for five minutes (or that is hidden) stops asking: every request renews the session, and a
// count polled for ever would keep an abandoned session alive past its idle timeout.
(function () {
  var terakhir = Date.now();
  ["click", "keydown", "touchstart", "scroll"].forEach(function (jenis) {
    document.addEventListener(jenis, function () {
      terakhir = Date.now();
    }, { passive: true, capture: true });
  });
  setInterval(function () {
    var angka = document.querySelector(".jumlah-notifikasi");
    var aktif = Date.now() - terakhir < 5 * 60 * 1000 && document.visibilityState === "visible";
    if (angka && aktif && window.htmx) {
      window.htmx.trigger(angka, "segarkan");
    }
  }, 60 * 1000);
})();
