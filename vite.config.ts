import { defineConfig } from 'vite';

// `npm start`: the trainer demo page, served from demo/, with the element on the bundled default pack.
// `npm run build:demo`: the same page as a static site in demo-dist/, with relative URLs so it runs from any
// folder of any web server, and nothing fetched from the network.
export default defineConfig({
  root: 'demo',
  base: './',
  server: { host: '127.0.0.1', port: 5173, fs: { allow: ['..'] } },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: '../demo-dist', emptyOutDir: true },
  // Scan only the trainer page for dependencies: the vendor example hosts in demo/hosts/ import the built
  // package by name and are served by `npm run hosts`, not by Vite.
  optimizeDeps: { entries: ['index.html'] }
});
