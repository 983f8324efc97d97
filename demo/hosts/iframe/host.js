// The legacy page's side of the iframe bridge, in ES5 with no modules: it embeds bridge.html, sets the check up
// once the bridge is listening, shows progress and the record it receives, and starts a new check on request.
// It talks only to the bridge's window, at the bridge's origin, and listens to nothing else.
/* global document, window */
(function () {
  'use strict';
  var CHANNEL = 'bail-safeguarding';
  // Where the element is served; an absolute URL when that is another server (list this page's origin there).
  var BRIDGE_URL = 'bridge.html';
  var custody = {
    attributes: { 'case-id': 'CR-2025-0042', 'officer-id': 'PS 1234', stage: 'post-charge' },
    prefill: { 'offence.imprisonable': 'yes', 'suspect.on-bail': 'yes' }
  };

  var frame = document.createElement('iframe');
  frame.className = 'bail-check';
  frame.title = 'Bail safeguarding check';
  frame.src = BRIDGE_URL;
  var address = document.createElement('a');
  address.href = frame.src;
  var bridgeOrigin = address.protocol + '//' + address.host;

  var progress = /** @type {HTMLElement} */ (document.querySelector('[data-progress]'));
  var received = /** @type {HTMLElement} */ (document.querySelector('[data-received]'));

  /** @param {Record<string, unknown>} message */
  function send(message) {
    message.channel = CHANNEL;
    /** @type {Window} */ (frame.contentWindow).postMessage(message, bridgeOrigin);
  }

  /** @param {import('bail-safeguarding/core').BailCheckRecord} record */
  function show(record) {
    /** @type {Record<string, string>} */
    var fields = {
      caseId: record.caseId || '',
      riskLevel: record.riskLevel,
      recommended: record.outcome.recommended,
      hash: record.integrity.hash,
      summaryText: record.summaryText
    };
    Object.keys(fields).forEach(function (field) {
      /** @type {HTMLElement} */ (received.querySelector('[data-field="' + field + '"]')).textContent =
        fields[field] || '';
    });
    received.hidden = false;
  }

  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow || event.origin !== bridgeOrigin) return;
    var message = event.data;
    if (!message || message.channel !== CHANNEL) return;
    if (message.type === 'bridge-ready') {
      send({ type: 'set-attributes', attributes: custody.attributes });
      send({ type: 'set-prefill', prefill: custody.prefill });
    } else if (message.type === 'bail-check-change') {
      progress.textContent =
        message.detail.progress.answered + ' of ' + message.detail.progress.total + ' questions answered';
    } else if (message.type === 'bail-check-complete') {
      show(message.detail);
    } else if (message.type === 'bail-check-error') {
      progress.textContent = 'The check reported: ' + message.detail.code;
    }
  });

  /** @type {HTMLElement} */ (document.querySelector('[data-new-check]')).addEventListener('click', function () {
    send({ type: 'reset' });
    received.hidden = true;
    progress.textContent = '';
  });

  /** @type {HTMLElement} */ (document.querySelector('[data-bail-check]')).appendChild(frame);
})();
