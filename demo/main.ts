// The trainer demo page (`npm start`): mounts the demo app into the page.
import { define } from '../components/element.js';
import { mountDemo } from './app.js';

// The element is defined here, in the entry: package.json's `sideEffects` names only the built files that ship,
// so `npm run build:demo` may drop a bare `import '../components/index.js'` from a module further down (it did).
define();

const root = document.getElementById('demo-app');
if (root) mountDemo(root, { useHash: true });
