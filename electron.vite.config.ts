import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './shared/csp';

const root = import.meta.dirname;

const CSP_PLACEHOLDER = '%RAPPORTEUR_CSP%';

/** Fills in index.html's CSP <meta> from the same source as the header main sends. */
function cspMeta(): Plugin {
  let dev = false;
  return {
    name: 'rapporteur:csp-meta',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(CSP_PLACEHOLDER)) throw new Error(`renderer/index.html must contain the CSP placeholder ${CSP_PLACEHOLDER}.`);
        return html.replace(CSP_PLACEHOLDER, contentSecurityPolicy({ dev, delivery: 'meta' }));
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Bundle everything but Electron and the native SQLite module, which must be loaded from disk.
      externalizeDeps: false,
      rolldownOptions: {
        // The core's worker thread runs exports and reads files to import off the main thread (electron/core/worker/thread.ts).
        input: { index: resolve(root, 'electron/main/index.ts'), 'core-worker': resolve(root, 'electron/core/worker/thread.ts') },
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload cannot `require` anything but Electron: one self-contained CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), cspMeta()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // Browser mode loads it over HTTP; a smaller bundle is a quicker first load.
      minify: true,
      rolldownOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
      },
    },
  },
});
