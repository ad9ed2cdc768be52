// Glossa preview only: `glossa serve` adds this script to the pages it serves; the built site
// never contains it. The page reloads when the server reports a version of the site other than
// the one the page was served with (a rebuild, a failed rebuild, or a restart of the server).
(function () {
  'use strict';
  var meta = document.querySelector('meta[name="glossa-preview-version"]');
  var version = meta ? meta.getAttribute('content') : null;

  if (window.EventSource) {
    var events = new EventSource('/_glossa/events');
    var check = function (event) {
      if (event.data && event.data !== version) {
        events.close();
        window.location.reload();
      }
    };
    events.addEventListener('hello', check);
    events.addEventListener('reload', check);
  }

  // The list of problems covers the top of the page; let the author put it out of the way.
  var overlay = document.getElementById('glossa-overlay');
  if (overlay && overlay.parentNode === document.body && !document.body.classList.contains('glossa-preview-failed')) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'glossa-overlay-hide';
    button.textContent = 'Hide';
    button.setAttribute('aria-label', 'Hide the list of problems');
    button.addEventListener('click', function () {
      overlay.hidden = true;
    });
    overlay.insertBefore(button, overlay.firstChild);
  }
})();
