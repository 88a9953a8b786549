// Sends the CSRF token with every htmx request, so htmx forms are protected like normal ones.
document.addEventListener("htmx:configRequest", function (e) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    e.detail.headers[header.content] = token.content;
  }
});
