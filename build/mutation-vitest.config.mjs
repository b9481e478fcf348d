// The Vitest config for one mutation-testing run: only the unit tests of the module named in
// STRYKER_MODULE (build/mutation-modules.mjs). Stryker is not given `testFiles`: with the Vitest
// runner that makes every module-level (static) mutant activate after its module was imported,
// so it "survives" untested (stryker-js issue #6144). Here the module's tests are the whole
// suite instead, so static mutants run against them and the rest run only the tests that cover them.
import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { MUTATION_MODULES } from './mutation-modules.mjs';

const moduleName = process.env.STRYKER_MODULE ?? '';
const module = MUTATION_MODULES[moduleName];
if (!module) throw new Error(`STRYKER_MODULE: unknown mutation module "${moduleName}"`);

const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  // Reader state tests import `.svelte.ts` rune modules, which need the Svelte compiler.
  plugins: [svelte()],
  resolve: { alias: { '@shared': resolve(root, 'src/shared') } },
  test: {
    include: module.tests,
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
