// Test instrumentation for the Parallax end-to-end suite; not part of any outlet's design.
// Loaded synchronously as the last element of <body>, so it runs before any content script
// (document_idle): it records the page's DOM as the page made it, watches for long tasks, and
// gives hostile payloads a place to report that they ran.
(function () {
  var probe = (window.__pxDemo = window.__pxDemo || {});
  probe.executed = probe.executed || [];
  probe.longTasks = [];
  probe.gaps = [];

  // Every element whose tag starts with "px-" is Parallax's; everything else is the page's.
  probe.serialize = function () {
    var clone = document.documentElement.cloneNode(true);
    var ours = clone.querySelectorAll('*');
    for (var i = ours.length - 1; i >= 0; i--) {
      if (ours[i].localName.indexOf('px-') === 0) ours[i].remove();
    }
    return clone.outerHTML;
  };
  // Taken again once the parser is done (whitespace after this script still lands in <body>),
  // which is before any document_idle content script runs.
  probe.before = probe.serialize();
  document.addEventListener('DOMContentLoaded', function () {
    probe.before = probe.serialize();
  });

  // Long tasks where the browser reports them (Chromium), and main-thread gaps everywhere
  // (Firefox has no 'longtask' entries): a 20 ms heartbeat that arrives late was blocked.
  // Firefox accepts a 'longtask' observer but never reports one: trust only the supported list.
  var supported = typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes || []).indexOf('longtask') >= 0;
  try {
    if (!supported) throw new Error('no longtask entries here');
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) {
        probe.longTasks.push({ start: e.startTime, duration: e.duration });
      });
    }).observe({ type: 'longtask', buffered: true });
    probe.longTaskApi = true;
  } catch (e) {
    probe.longTaskApi = false;
  }
  // Heartbeat gaps: only on pages that ask for it (the hostile page), and only while visible,
  // since hidden tabs throttle timers on purpose.
  probe.watchGaps = function () {
    var last = performance.now();
    setInterval(function () {
      var now = performance.now();
      if (document.visibilityState === 'visible' && now - last > 70) {
        probe.gaps.push({ start: last, duration: now - last - 20 });
      }
      last = now;
    }, 20);
  };
  if (document.documentElement.hasAttribute('data-watch-gaps')) probe.watchGaps();
})();
