// The element: load dist/bail-safeguarding.js (which defines it), then connect one with the bundled pack.
// With ?classic, the same code built as a classic script (bench/first-question.mjs builds it), to compare
// V8's code cache for a module with that for a classic script.
/* global document, location, customElements, URLSearchParams */
import { measure, watchKeys } from './measure.js';

const classic = new URLSearchParams(location.search).has('classic');
const loadClassic = () =>
  new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), {
      src: '/node_modules/.cache/bench/bail-safeguarding.classic.js',
      onload: resolve,
      onerror: reject
    });
    document.head.append(script);
  }).then(() => customElements.whenDefined('bail-safeguarding-check'));

const root = await measure(
  () => (classic ? loadClassic() : import('/dist/bail-safeguarding.js')),
  () => {
    const element = document.createElement('bail-safeguarding-check');
    element.setAttribute('case-id', 'BENCH-1');
    document.body.append(element); // the shadow root exists from here; its first render is a microtask later
    return element.shadowRoot;
  }
);
watchKeys(
  root,
  () => root.querySelector('[data-heading]')?.textContent,
  // K ("not known") where the question has it, 1 (its first option) on a choice; none on free text.
  () => {
    if (!root.querySelector('fieldset.q input[type=radio]')) return null;
    return root.querySelector('fieldset.q input[value=unknown]') ? 'k' : '1';
  }
);
