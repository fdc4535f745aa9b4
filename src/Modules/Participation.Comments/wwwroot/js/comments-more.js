// "More comments" without a reload. Without script the link is a plain page showing the next
// batch; with it, the batch comes as an HTML fragment, is appended to the list, and keyboard
// focus moves to its first comment so a reader goes on from where they were.
(function () {
  "use strict";
  document.addEventListener("click", async function (event) {
    const link = event.target.closest("a[data-comments-more]");
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (link.getAttribute("aria-busy") === "true") return;
    link.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(link.dataset.commentsMore, { headers: { Accept: "text/html" }, credentials: "same-origin" });
      if (!response.ok) throw new Error(String(response.status));
      const batch = document.createElement("template");
      batch.innerHTML = await response.text();
      const section = link.closest(".comments");
      const list = section.querySelector(".comment-list");
      const added = Array.from(batch.content.querySelectorAll(".comment-list > li"));
      list.append(...added);
      const more = batch.content.querySelector(".comments-more");
      const current = link.closest(".comments-more");
      if (more) current.replaceWith(more); else current.remove();
      const first = added.length > 0 ? added[0].querySelector("article.comment") : null;
      if (first) first.focus();
    } catch {
      window.location.assign(link.href); // the page that works without script
    }
  });
})();
