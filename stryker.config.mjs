import { MUTATION_MODULES } from './build/mutation-modules.mjs';

// One module per run (build/mutation-test.mjs sets STRYKER_MODULE), so each gets its own score.
const moduleName = process.env.STRYKER_MODULE ?? 'search-plan';
const module = MUTATION_MODULES[moduleName];
if (!module) throw new Error(`unknown mutation module "${moduleName}"`);
// The test runners (child processes) read it in build/mutation-vitest.config.mjs.
process.env.STRYKER_MODULE = moduleName;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // The module's own unit tests only (build/mutation-vitest.config.mjs reads STRYKER_MODULE);
  // `related: false`: run those, not what Vitest guesses from the import graph.
  vitest: { configFile: 'build/mutation-vitest.config.mjs', related: false },
  coverageAnalysis: 'perTest',
  mutate: module.mutate,
  // Two cores: more runners only fight over them.
  concurrency: 2,
  timeoutMS: 20_000,
  // The first, unmutated run measures coverage per test; on two busy cores it can take minutes.
  dryRunTimeoutMinutes: 20,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${moduleName}.json` },
  // Every run starts afresh: an incremental run reuses the old result of a module-level (static)
  // mutant, which lists no covering tests, even after new tests would kill it.
  incremental: false,
  ignorePatterns: ['out', 'dist', 'test-results', 'playwright-report', 'bench-results', 'reports', '.dev'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
