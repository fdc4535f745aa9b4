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
  // A visitor's form on a page kept for every visitor comes without its antiforgery token: one is
  // fetched when the form is first used, and before it is sent if it has not come yet. Without
  // script, or if the fetch fails, the site shows the form again with what was typed and a token.
  var tokenField = "input[name='__RequestVerificationToken']";
  function fetchToken(form) {
    var field = form.querySelector(tokenField);
    if (!field || field.value) return Promise.resolve();
    if (!form.tokenRequest) {
      form.tokenRequest = fetch("/antiforgery/token", { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
        .then(function (answer) {
          document.querySelectorAll("input[name='" + answer.field + "']").forEach(function (f) { if (!f.value) f.value = answer.token; });
        })
        .catch(function () { form.tokenRequest = null; });
    }
    return form.tokenRequest;
  }
  document.addEventListener("focusin", function (event) {
    if (event.target.form) fetchToken(event.target.form);
  });
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var message = form.getAttribute && form.getAttribute("data-confirm");
    if (message && !window.confirm(message)) { event.preventDefault(); return; }
    var field = form.querySelector && form.querySelector(tokenField);
    if (!field || field.value || form.tokenAwaited) return;
    event.preventDefault();
    var submitter = event.submitter;
    fetchToken(form).then(function () {
      form.tokenAwaited = true;
      if (form.requestSubmit) form.requestSubmit(submitter || undefined); else form.submit();
    });
  });
})();
