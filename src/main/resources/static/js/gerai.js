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
  function kabar() {
    return document.getElementById("kabar-htmx");
  }
  function tampilkan(e, jenis) {
    var k = kabar();
    if (!k || (e.target && e.target.closest && e.target.closest("[data-latar]"))) {
      return;
    }
    k.textContent = k.dataset[jenis];
    k.hidden = false;
  }
  document.addEventListener("htmx:sendError", function (e) {
    tampilkan(e, "jaringan");
  });
  document.addEventListener("htmx:responseError", function (e) {
    tampilkan(e, "gagal");
  });
  document.addEventListener("htmx:afterRequest", function (e) {
    var k = kabar();
    if (k && e.detail.successful && !(e.target.closest && e.target.closest("[data-latar]"))) {
      k.hidden = true;
    }
  });
})();
