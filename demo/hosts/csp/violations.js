// Lists every Content-Security-Policy violation on the page as it happens, so whoever tries this host sees that
// the element needs nothing the policy forbids. A classic script, so it listens before any module runs.
/* global document */
'use strict';

/** @type {string[]} */
const violations = [];

function showViolations() {
  const status = document.querySelector('[data-csp-status]');
  const list = document.querySelector('[data-csp-violations]');
  if (!status || !list) return;
  status.textContent = violations.length
    ? `${violations.length} Content-Security-Policy violation(s):`
    : 'No Content-Security-Policy violations.';
  list.replaceChildren(
    ...violations.map(text => {
      const item = document.createElement('li');
      item.textContent = text;
      return item;
    })
  );
}

document.addEventListener('securitypolicyviolation', event => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`);
  showViolations();
});
document.addEventListener('DOMContentLoaded', showViolations);
