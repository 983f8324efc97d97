// The strict-CSP host's own code, from a file of its own (the policy forbids inline scripts): the custody
// record's reference, officer and stage as attributes, its fields mapped to the vocabulary as the prefill, and the
// record shown once the officer has decided. Everything is written as text or attributes, never as HTML or styles.
/* global document, HTMLElement */
import { custodyRecord, prefillFrom, stageOf } from '../custody-record.js';
import { showRecord } from '../show-record.js';

const check = document.querySelector('bail-safeguarding-check');
const reference = document.querySelector('[data-reference]');
const received = document.querySelector('[data-received]');
if (!check || !reference || !(received instanceof HTMLElement)) throw new Error('host.js: the page lacks its element');

reference.textContent = custodyRecord.reference;
check.setAttribute('case-id', custodyRecord.reference);
check.setAttribute('officer-id', custodyRecord.sergeant);
check.setAttribute('stage', stageOf(custodyRecord));
check.prefill = prefillFrom(custodyRecord);
check.addEventListener('bail-check-complete', event => {
  showRecord(received, event.detail);
});
