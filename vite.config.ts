// Vite: the four client pages (console, screen, tablet, review) built into dist/client.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

const root = resolve(import.meta.dirname, 'client');

export default defineConfig({
  root,
  base: '/',
  // Every script, style and page is also written as .br and .gz at build time, at the strongest settings (the server
  // only picks the file the browser accepts; nothing is compressed per request).
  plugins: [
    compression({
      include: /\.(js|mjs|css|html|svg|json)$/,
      threshold: 512,
      algorithms: [defineAlgorithm('gzip', { level: 9 }), defineAlgorithm('brotliCompress', {})],
    }),
  ],
  // client/public holds only the offline shell's service worker (served at /sw.js).
  publicDir: resolve(root, 'public'),
  build: {
    outDir: resolve(import.meta.dirname, 'dist/client'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // dist/client/.vite/manifest.json: each page's chunks and their static imports (the tablet's size test reads it).
    manifest: true,
    rollupOptions: {
      input: {
        console: resolve(root, 'console/index.html'),
        screen: resolve(root, 'screen/index.html'),
        tablet: resolve(root, 'tablet/index.html'),
        review: resolve(root, 'review/index.html'),
      },
    },
  },
  server: {
    fs: { allow: [import.meta.dirname] },
    proxy: { '/api': 'http://localhost:3000', '/socket.io': { target: 'ws://localhost:3000', ws: true } },
  },
});
