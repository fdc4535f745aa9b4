// Shows the published ideas most like the title being typed, from the server's fragment, a
// moment after the person stops typing: they may support one instead of proposing it again.
(function () {
  "use strict";
  for (const input of document.querySelectorAll("input[data-similar-url]")) {
    const target = document.getElementById(input.dataset.similarTarget);
    let timer = 0;
    let asked = "";
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const title = input.value.trim();
        if (title === asked) return;
        asked = title;
        if (title.length < 3) { target.replaceChildren(); return; }
        const url = new URL(input.dataset.similarUrl, location.href);
        url.searchParams.set("title", title);
        if (input.dataset.similarExcept) url.searchParams.set("except", input.dataset.similarExcept);
        try {
          const response = await fetch(url, { headers: { Accept: "text/html" }, credentials: "same-origin" });
          if (response.ok && asked === title) target.innerHTML = await response.text();
        } catch {
          // Only a hint: the form works without it.
        }
      }, 400);
    });
  }
})();
