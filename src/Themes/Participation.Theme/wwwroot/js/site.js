// Small progressive enhancements; every page works without them.
(function () {
  "use strict";
  var notice = document.querySelector("[data-cookie-notice]");
  if (notice) {
    notice.querySelector("[data-cookie-accept]").addEventListener("click", function () {
      document.cookie = "cookie_notice=ok; path=/; max-age=31536000; SameSite=Lax";
      notice.remove();
    });
  }
  // After a failed submit, start from the list of what to fix, not from the top of the page;
  // after a preview, from the preview.
  var summary = document.querySelector("[data-error-summary]") || document.querySelector("[data-focus]");
  if (summary) summary.focus();
  // Back from saving a part of the page (a workflow's step), carry on from that part.
  else if (location.hash.length > 1) {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) target.focus();
  }
  document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute && event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) event.preventDefault();
  });
})();
