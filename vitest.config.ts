import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const alias = { '@shared': resolve(import.meta.dirname, 'src/shared') };

/**
 * Two projects in one run: `unit` (Node: the content build, search, main process, and Svelte
 * components drawn for Node) and `dom` (happy-dom: components such as the search box and the
 * contents, and what the reader and print do to a page's HTML).
 * The `dom` files are named `*.dom-test.ts` because they need Svelte's browser build, which only
 * that project resolves. `npx vitest run --project dom` runs one of them.
 */
export default defineConfig({
  plugins: [svelte()],
  resolve: { alias },
  test: {
    // Two cores here: more workers only fight over them.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        resolve: { conditions: ['browser'], alias },
        test: { name: 'dom', include: ['src/renderer/src/**/*.dom-test.ts'], environment: 'happy-dom' },
      },
    ],
  },
});
