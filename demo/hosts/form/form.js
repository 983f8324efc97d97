// The form host's own code: the custody record's fields mapped to the vocabulary as the prefill. The rest is
// HTML: the element is a form field (`name="record"`), and the server checks what the form posts.
/* global document */
import { custodyRecord, prefillFrom } from '../custody-record.js';

const check = document.querySelector('bail-safeguarding-check');
if (check) check.prefill = prefillFrom(custodyRecord);
