// Refuses a decree PDF larger than the server accepts before it is sent, with the message the
// page carries in the user's language (data-maks in bytes, data-pesan). The server checks again.
document.addEventListener("change", function (e) {
  var input = e.target;
  if (!input.matches || !input.matches('input[type="file"][data-maks]')) {
    return;
  }
  var maks = parseInt(input.getAttribute("data-maks"), 10);
  var berkas = input.files && input.files[0];
  input.setCustomValidity(berkas && maks && berkas.size > maks ? input.getAttribute("data-pesan") : "");
  input.reportValidity();
});
