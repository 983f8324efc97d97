// The trainer demo page (`npm start`): mounts the demo app into the page.
import { mountDemo } from './app.js';

const root = document.getElementById('demo-app');
if (root) mountDemo(root, { useHash: true });
