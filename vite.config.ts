// Vite: the four client pages (console, screen, tablet, review) built into dist/client.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

const root = resolve(import.meta.dirname, 'client');

// The screen's Phaser is assembled from the parts it uses (client/screen/phaser-custom.ts) rather than the package's
// one bundle of everything. Phaser's sources test build flags with `typeof FLAG`, which is always a (truthy) string
// unless the build defines it, so the flags are set here: both renderers, no sound, debug or platform plugins.
const phaserCustom = {
  alias: [
    { find: /^phaser$/, replacement: resolve(root, 'screen/phaser-custom.ts') },
    { find: /^phaser\/src\//, replacement: `${resolve(import.meta.dirname, 'node_modules/phaser/src')}/` },
  ],
  define: {
    'typeof CANVAS_RENDERER': 'true',
    'typeof WEBGL_RENDERER': 'true',
    'typeof WEBGL_DEBUG': 'false',
    'typeof FEATURE_SOUND': 'false',
    'typeof PLUGIN_CAMERA3D': 'false',
    'typeof PLUGIN_FBINSTANT': 'false',
  },
};

export default defineConfig({
  root,
  base: '/',
  resolve: { alias: phaserCustom.alias },
  define: phaserCustom.define,
  // The dev server pre-bundles those CommonJS sources apart from the app's code: it needs the same flags.
  optimizeDeps: { rolldownOptions: { transform: { define: phaserCustom.define } } },
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
