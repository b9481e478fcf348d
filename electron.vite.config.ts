import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { handbookContent } from './src/build/content/vite-plugin.ts';
import { classicScriptsForFileUrls } from './src/build/vite/classic-scripts.ts';
import { webContentSecurityPolicy } from './src/build/vite/web-csp.ts';
import pkg from './package.json' with { type: 'json' };

const shared = resolve(__dirname, 'src/shared');

export default defineConfig({
  main: {
    resolve: { alias: { '@shared': shared } },
    build: { outDir: 'out/main' },
  },
  preload: {
    resolve: { alias: { '@shared': shared } },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot `require` anything but Electron's own modules, so it is one
      // self-contained CommonJS file.
      externalizeDeps: false,
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'src/renderer',
    // Relative asset paths: the same build is served by app://, over http, and from disk.
    base: './',
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    resolve: { alias: { '@shared': shared } },
    plugins: [
      svelte(),
      handbookContent({ contentDir: resolve(__dirname, 'content') }),
      classicScriptsForFileUrls(),
      webContentSecurityPolicy(),
    ],
    worker: { format: 'iife' },
    build: {
      outDir: 'out/renderer',
      modulePreload: false,
      // HANDBOOK_NO_MINIFY=1 keeps the bundle readable, for reading a CPU profile of start-up.
      minify: !process.env.HANDBOOK_NO_MINIFY,
      cssCodeSplit: false,
      // No explicit compile hint (`//# allFunctionsCalledOnLoad`): measured in bench:reader, compiling
      // every function before the script runs put the article on screen ~40 ms later on a first
      // open, and gained nothing on later ones (V8's code cache covers them).
      rollupOptions: {
        input: resolve(__dirname, 'src/renderer/index.html'),
      },
    },
  },
});
