// Conference Help: progressive enhancement only. Without this script every fingerprint is still plain,
// selectable text; with it, each gets a Copy button.
(function () {
  'use strict';
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    // Plain http (port 7070) has no Clipboard API: fall back to a selection and execCommand.
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error('copy refused')); }
    });
  }
  document.querySelectorAll('[data-copy]').forEach(function (code) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    var label = code.getAttribute('data-copy-label') || 'Copy';
    button.textContent = label;
    var status = document.createElement('span');
    status.setAttribute('role', 'status');
    status.className = 'copy-status';
    button.addEventListener('click', function () {
      copyText(code.getAttribute('data-copy')).then(function () {
        button.textContent = code.getAttribute('data-copied-label') || 'Copied';
        status.textContent = button.textContent;
        setTimeout(function () { button.textContent = label; status.textContent = ''; }, 2000);
      }, function () {
        var range = document.createRange();
        range.selectNodeContents(code);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
      });
    });
    code.insertAdjacentElement('afterend', button);
    button.insertAdjacentElement('afterend', status);
  });
})();
