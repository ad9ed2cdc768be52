/* Glossa: applies the reader's saved theme before the first paint, so no page flashes the wrong
   one. Loaded without defer on purpose, and kept tiny; glossa.js draws the toggle. */
(function () {
  "use strict";
  try {
    var theme = window.localStorage.getItem("glossa-theme");
    if (theme === "light" || theme === "dark") {
      document.documentElement.setAttribute("data-theme", theme);
    }
  } catch (e) {
    // Storage blocked: the theme follows the operating system.
  }
})();
