import { MUTATION_MODULES } from './build/mutation-modules.mjs';

// One module per run (build/mutation-test.mjs sets STRYKER_MODULE), so each gets its own score.
const moduleName = process.env.STRYKER_MODULE ?? 'search-plan';
const files = MUTATION_MODULES[moduleName];
if (!files) throw new Error(`unknown mutation module "${moduleName}"`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: files,
  // Two cores: more runners only fight over them.
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${moduleName}.json` },
  // Re-runs test only what changed since the last run of this module (the file is not tracked).
  incremental: true,
  incrementalFile: `reports/mutation/${moduleName}.incremental.json`,
  ignorePatterns: ['out', 'dist', 'test-results', 'playwright-report', 'bench-results', 'reports', '.dev'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
