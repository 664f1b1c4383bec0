// Runs in <head>, before the first paint, so a stored dark or light choice never flashes the other theme.
(function () {
  // Parts that need script (the search box) are shown only when script runs.
  document.documentElement.classList.add("js");
  try {
    var theme = localStorage.getItem("skillsite-theme");
    if (theme === "dark" || theme === "light") {
      document.documentElement.setAttribute("data-theme", theme);
    }
  } catch (e) { /* storage blocked (file:// in some browsers): follow the system theme */ }
})();
