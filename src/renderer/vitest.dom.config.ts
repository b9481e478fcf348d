import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

/**
 * Component tests (the search box, the table of contents): they need Svelte's browser build,
 * which the project's main (node) test config does not resolve. Run:
 * `npx vitest run --config src/renderer/vitest.dom.config.ts`.
 * The files are named `*.dom-test.ts` so the main config does not pick them up.
 */
export default defineConfig({
  plugins: [svelte()],
  resolve: {
    conditions: ['browser'],
    alias: { '@shared': new URL('../shared', import.meta.url).pathname },
  },
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['src/renderer/src/**/*.dom-test.ts'],
    environment: 'happy-dom',
    maxWorkers: 1,
  },
});
