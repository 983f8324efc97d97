import { defineConfig } from 'vite';

// `npm start`: the trainer demo page, served from demo/, with the element on the bundled default pack.
export default defineConfig({
  root: 'demo',
  server: { host: '127.0.0.1', port: 5173, fs: { allow: ['..'] } },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: '../demo-dist', emptyOutDir: true }
});
