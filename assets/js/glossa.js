/* Glossa: progressive enhancement only. Every page is complete without this file. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");
})();
