// Keeps a poll's results current without reloading the page: the server renders them first,
// then this asks for the counts every few seconds while the poll is open and the tab visible.
// The interval is the server's (data-refresh-seconds): the results are cached that long.
(function () {
  "use strict";
  const fmt = new Intl.NumberFormat("en-US");
  // As the server writes it (PollPercent): "50%", "33.3%".
  const percent = value => value.toFixed(1).replace(/\.0$/, "") + "%";
  for (const poll of document.querySelectorAll(".poll[data-results-url]")) {
    if (poll.dataset.live) continue;
    poll.dataset.live = "1";
    const url = poll.dataset.resultsUrl;
    const rtl = getComputedStyle(poll).direction === "rtl";
    async function refresh() {
      if (document.hidden) return;
      try {
        const response = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
        if (!response.ok) return;
        const data = await response.json();
        const max = Math.max(1, ...data.options.map(o => o.count));
        const voters = poll.querySelector("[data-voters]");
        if (voters) voters.textContent = fmt.format(data.voters);
        for (const o of data.options) {
          const row = poll.querySelector(`tr[data-option="${CSS.escape(o.id)}"]`);
          if (row) {
            row.querySelector("[data-count]").textContent = fmt.format(o.count);
            row.querySelector("[data-percent]").textContent = percent(o.percent);
          }
          const label = poll.querySelector(`tspan[data-option-percent="${CSS.escape(o.id)}"]`);
          if (label) label.textContent = percent(o.percent);
          const bar = poll.querySelector(`rect[data-option="${CSS.escape(o.id)}"]`);
          if (bar) {
            const width = 100 * o.count / max;
            bar.setAttribute("width", width.toFixed(2) + "%");
            bar.setAttribute("x", rtl ? (100 - width).toFixed(2) + "%" : "0");
          }
        }
      } catch { /* offline for a moment: try again next time */ }
    }
    setInterval(refresh, 1000 * (Number(poll.dataset.refreshSeconds) || 5));
  }
})();
