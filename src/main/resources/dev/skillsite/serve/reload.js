// Added by `skillsite serve` to the pages it sends, never to the built site: reloads the tab when a
// build passed, and lays the errors of a failed build over the page (the last good page stays below).
// An external script because the pages' Content-Security-Policy allows only 'self' scripts. Styles are
// set through element.style, which that policy allows, where a style attribute or <style> would not be.
(function () {
  'use strict';
  var overlay = null;
  var events = new EventSource('/__skillsite/events');

  events.addEventListener('reload', function () {
    location.reload();
  });

  events.addEventListener('problems', function (event) {
    show(event.data.split('\n'));
  });

  function show(lines) {
    hide();
    overlay = document.createElement('div');
    overlay.setAttribute('role', 'alert');
    overlay.id = 'skillsite-build-errors';
    Object.assign(overlay.style, {
      position: 'fixed', left: '0', right: '0', bottom: '0', maxHeight: '60vh', overflow: 'auto',
      zIndex: '2147483647', padding: '1rem 1.25rem', background: '#2b0b0b', color: '#ffe9e9',
      borderTop: '4px solid #ff5c5c', font: '14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
      boxShadow: '0 -4px 16px rgba(0, 0, 0, 0.4)'
    });
    var title = document.createElement('strong');
    title.textContent = 'Build failed: showing the last good site. Fix these and save:';
    overlay.appendChild(title);
    var list = document.createElement('ul');
    Object.assign(list.style, { margin: '0.5rem 0 0', paddingLeft: '1.25rem' });
    lines.forEach(function (line) {
      var item = document.createElement('li');
      item.textContent = line; // text, never markup: messages quote the author's input
      Object.assign(item.style, { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' });
      list.appendChild(item);
    });
    overlay.appendChild(list);
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Dismiss';
    Object.assign(close.style, { position: 'absolute', top: '0.75rem', right: '1rem', font: 'inherit', cursor: 'pointer' });
    close.addEventListener('click', hide);
    overlay.appendChild(close);
    document.body.appendChild(overlay);
  }

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }
})();
