// Supports an idea from a list or its page without reloading: the form posts as it would
// without script, asking for JSON, and the count, the button and the message change in place.
// Without script the same form posts and the server brings the person back to the idea.
(function () {
  "use strict";
  const fmt = new Intl.NumberFormat("en-US");
  document.addEventListener("submit", async event => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.matches("[data-support-form]")) return;
    event.preventDefault();
    const box = form.closest("[data-idea-support]");
    const button = form.querySelector("button");
    const message = box.querySelector("[data-support-message]");
    button.disabled = true;
    try {
      const response = await fetch(form.action, { method: "POST", body: new FormData(form), headers: { Accept: "application/json" }, credentials: "same-origin" });
      const data = await response.json();
      box.querySelector("[data-supports]").textContent = fmt.format(data.supports);
      const supported = !!data.supported;
      form.action = form.action.replace(/\/(un)?support$/, supported ? "/unsupport" : "/support");
      button.textContent = supported ? button.dataset.unsupportLabel : button.dataset.supportLabel;
      button.setAttribute("aria-pressed", supported ? "true" : "false");
      button.classList.toggle("primary", !supported);
      if (message) message.textContent = data.left ? data.message + " " + data.left : data.message;
      for (const left of document.querySelectorAll("[data-supports-left]")) if (data.left) left.textContent = data.left;
    } catch {
      form.submit();
    } finally {
      button.disabled = false;
    }
  });
})();
