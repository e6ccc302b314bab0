// Conference Help: progressive enhancement only. Without this script every fingerprint is still plain, selectable
// text (a click selects it whole); with it, each gets a Copy button. The page's policy forbids inline styles, so
// everything visual is a class from style.css.
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';

  function icon(pathData) {
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 16 16');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    svg.setAttribute('class', 'icon');
    var path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', pathData);
    svg.appendChild(path);
    return svg;
  }

  var COPY_ICON = 'M5 1h8a2 2 0 0 1 2 2v8h-2V3H5z'
    + 'M1 5a2 2 0 0 1 2-2h6a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2zm2 0v8h6V5z';
  var DONE_ICON = 'M6.2 10.6 2.9 7.3 1.5 8.7l4.7 4.7 8.3-8.3-1.4-1.4z';

  // The asynchronous Clipboard API where the browser offers it (https, localhost), else the older command.
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'offscreen';
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error('copy refused')); }
    });
  }

  function selectContents(node) {
    var range = document.createRange();
    range.selectNodeContents(node);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function setLabel(button, pathData, text) {
    button.textContent = '';
    button.appendChild(icon(pathData));
    button.appendChild(document.createTextNode(text));
  }

  function enhance(code) {
    var label = code.getAttribute('data-copy-label') || 'Copy';
    var copied = code.getAttribute('data-copied-label') || 'Copied';
    var failed = code.getAttribute('data-failed-label') || '';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    setLabel(button, COPY_ICON, label);
    // "Copy" alone is ambiguous among several buttons: the term it copies describes it.
    var term = code.closest('dd') && code.closest('dd').previousElementSibling;
    if (term && term.id) {
      button.setAttribute('aria-describedby', term.id);
    }
    var status = document.createElement('span');
    status.className = 'copy-status';
    status.setAttribute('role', 'status');
    var timer = null;
    button.addEventListener('click', function () {
      clearTimeout(timer);
      copyText(code.getAttribute('data-copy')).then(function () {
        button.setAttribute('data-state', 'copied');
        setLabel(button, DONE_ICON, copied);
        status.className = 'copy-status';
        status.textContent = copied;
        timer = setTimeout(function () {
          button.removeAttribute('data-state');
          setLabel(button, COPY_ICON, label);
          status.textContent = '';
        }, 2500);
      }, function () {
        // No clipboard access: select the fingerprint so that copying it takes one keystroke.
        selectContents(code);
        button.setAttribute('data-state', 'selected');
        status.className = 'copy-status visible';
        status.textContent = failed;
      });
    });
    var actions = document.createElement('span');
    actions.className = 'copy-actions';
    actions.appendChild(button);
    actions.appendChild(status);
    code.insertAdjacentElement('afterend', actions);
  }

  document.querySelectorAll('[data-copy]').forEach(enhance);

  // Printed pages show what the disclosures hide on screen, then the page is as the reader left it.
  var opened = [];
  window.addEventListener('beforeprint', function () {
    opened = Array.prototype.filter.call(document.querySelectorAll('details.more-facts:not([open])'), function (d) {
      d.open = true;
      return true;
    });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();
