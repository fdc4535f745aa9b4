// The preview beside each Markdown field, kept up to date while the editor types. Without
// script, the editor's "Update the preview" button renders the same preview on the server.
(function () {
  "use strict";
  var WAIT_MS = 400;
  Array.prototype.forEach.call(document.querySelectorAll("textarea[data-markdown-preview]"), function (area) {
    var target = document.getElementById(area.getAttribute("data-markdown-preview"));
    var token = area.form && area.form.querySelector("input[name=__RequestVerificationToken]");
    if (!target || !token) return;
    var timer = 0;
    var latest = 0;
    area.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var body = new FormData();
        body.append("markdown", area.value);
        body.append("__RequestVerificationToken", token.value);
        var request = ++latest;
        fetch("/admin/markdown-preview", { method: "POST", body: body, credentials: "same-origin" })
          .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
          // Sanitised on the server by the public pages' pipeline; an older answer never replaces a newer one.
          .then(function (html) { if (request === latest) target.innerHTML = html; })
          .catch(function () { /* the last preview stays; the button still renders one */ });
      }, WAIT_MS);
    });
  });
})();
