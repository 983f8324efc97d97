// The element: load dist/bail-safeguarding.js (which defines it), then connect one with the bundled pack.
/* global document */
import { measure } from './measure.js';

await measure(
  () => import('/dist/bail-safeguarding.js'),
  () => {
    const element = document.createElement('bail-safeguarding-check');
    element.setAttribute('case-id', 'BENCH-1');
    document.body.append(element); // the shadow root exists from here; its first render is a microtask later
    return element.shadowRoot;
  }
);
