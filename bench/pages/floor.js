// The floor: the same page, harness and module chain as element.html, but the "library" is an empty module and
// the question two radio buttons in a shadow root. What this page takes from navigation to its question is what
// the browser, the server and the harness cost on this machine, before any code of ours runs.
/* global document */
import { measure } from './measure.js';

await measure(
  () => import('./floor-empty.js'),
  () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    for (const value of ['yes', 'no']) {
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = 'q';
      input.value = value;
      root.append(input);
    }
    document.body.append(host);
    return root;
  }
);
