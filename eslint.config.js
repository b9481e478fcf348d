import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

// The renderer and the shared contract run in a page without Node: they must reach the platform
// only through the bridge, never by importing Electron or Node built-ins.
const noPlatformImports = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['electron', 'electron/*'],
          message: 'Renderer and shared code reach Electron only through the bridge.',
        },
        { group: ['node:*'], message: 'Renderer and shared code run without Node.' },
        {
          regex:
            '^(fs|path|os|child_process|crypto|url|util|stream|events|http|https|net|zlib|worker_threads)(/.*)?$',
          message: 'Renderer and shared code run without Node.',
        },
      ],
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'out/',
      'dist/',
      'dist-e2e/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
      'reports/',
      '.stryker-tmp/',
      // Local scratch scripts (gitignored).
      '.dev/',
      '**/fixtures/**/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['src/renderer/**/*.{ts,svelte}', 'src/shared/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
    rules: noPlatformImports,
  },
);
