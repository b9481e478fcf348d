/**
 * The modules under mutation testing: where a silent bug hurts a person most. Each is scored on
 * its own (`npm run test:mutation` prints one line per module) and must reach SCORE_FLOOR.
 * `mutate`: the code that is broken on purpose; `tests`: the unit tests that must notice (the
 * slow whole-corpus suites, fuzzing and relevance, are left out: they would cost hours here; so
 * are timing tests, which instrumented code fails).
 */
export const SCORE_FLOOR = 85;

export const MUTATION_MODULES = {
  // The content build's checks on what authors write: each mistake reported at file:line. In three
  // parts, each with its own small tests on tiny YAML texts (the whole-fixture-handbook suites,
  // build-handbook.test.ts and the like, would make the 712 mutants take over an hour here).
  // Front matter and the YAML field reader every content file goes through:
  'content-yaml': {
    mutate: ['src/build/content/front-matter.ts', 'src/build/content/yaml-fields.ts'],
    tests: ['src/build/content/front-matter.test.ts', 'src/build/content/yaml-fields.test.ts'],
  },
  // glossary.yml, and which term a :term[...] link names:
  'content-glossary': {
    mutate: ['src/build/content/glossary.ts'],
    tests: ['src/build/content/glossary.test.ts'],
  },
  // handbook.yml (regions, tiers, toc), the toc check once pages are known, where a page
  // problem is reported, and the shapes (yaml-shape.ts) that handbook.yml and warning-signs.yml
  // are checked against:
  'content-config': {
    mutate: [
      'src/build/content/yaml-shape.ts',
      'src/build/content/handbook-config.ts',
      'src/build/content/toc-check.ts',
      'src/build/content/page-context.ts',
    ],
    tests: [
      'src/build/content/yaml-shape.test.ts',
      'src/build/content/handbook-config.test.ts',
      'src/build/content/toc-check.test.ts',
      'src/build/content/page-context.test.ts',
    ],
  },
  // The sanitizing of what the content build renders: no script, handler or foreign URL survives.
  'content-sanitizing': {
    mutate: ['src/build/content/raw-html.ts', 'src/build/content/sanitize-schema.ts'],
    tests: [
      'src/build/content/raw-html.test.ts',
      'src/build/content/hostile.test.ts',
      'src/build/content/sanitize-schema.test.ts',
      'src/build/content/render-page.test.ts',
    ],
  },
  // The warning-signs model, in three parts. In the build: the handout budget and unused-sign
  // checks (sign-checks.ts), whose errors have fixtures (signs-errors.test.ts).
  'warning-signs': {
    mutate: ['src/build/content/sign-checks.ts'],
    tests: [
      'src/build/content/sign-checks.test.ts',
      'src/build/content/sign-directives.test.ts',
      'src/build/content/signs-errors.test.ts',
    ],
  },
  // Reading warning-signs.yml (sign-book.ts) and placing signs on pages (sign-directives.ts):
  // their own small tests, a few lines of YAML or Markdown each, no fixture handbook (with the
  // whole-book suites, their 676 mutants were estimated at over an hour on these two cores).
  'warning-signs-book': {
    mutate: ['src/build/content/sign-book.ts', 'src/build/content/sign-directives.ts'],
    tests: ['src/build/content/sign-book.test.ts', 'src/build/content/sign-placement.test.ts'],
  },
  // In search: matching what a person types to a sign's action card. Its own, fast tests only, on
  // made-up signs, one rule each; each test builds its own matcher, so a mutant in building it
  // fails a test rather than the file's import. (Not warning-signs-phrasings.test.ts: it builds
  // the whole handbook; hours here.)
  'warning-signs-search': {
    mutate: ['src/shared/search/warning-signs-match.ts', 'src/shared/search/warning-signs-units.ts'],
    tests: ['src/shared/search/warning-signs-match.test.ts', 'src/shared/search/warning-signs-units.test.ts'],
  },
  // app:// path resolution and the request filter that keeps the app offline.
  'app-protocol': {
    mutate: ['src/main/app-path.ts', 'src/main/request-filter.ts', 'src/main/trusted-origin.ts'],
    tests: [
      'src/main/app-path.test.ts',
      'src/main/app-path-lexical.test.ts',
      'src/main/request-filter.test.ts',
      'src/main/trusted-origin.test.ts',
      'src/main/app-protocol.test.ts',
    ],
  },
  // Every argument crossing from the page into the main process.
  'ipc-validation': {
    mutate: ['src/main/ipc-schemas.ts', 'src/main/ipc-handlers.ts'],
    tests: [
      'src/main/ipc-handlers.test.ts',
      'src/main/ipc-arguments.test.ts',
      'src/preload/create-bridge.test.ts',
    ],
  },
  // A person's settings and bookmarks: read back, repaired, written safely.
  store: {
    mutate: [
      'src/shared/reader-store.ts',
      'src/shared/handout-extras.ts',
      'src/main/reader-store-file.ts',
      // Not syncDir (lines 34-46): the folder's fsync only matters after a power cut, which no
      // unit test can cause; the rest (temp names, clean-up on failure) is what loses data.
      'src/main/atomic-write.ts:1-33',
      'src/main/atomic-write.ts:47-119',
    ],
    tests: [
      'src/shared/reader-store.test.ts',
      'src/shared/reader-store-salvage.test.ts',
      'src/shared/handout-extras.test.ts',
      'src/main/reader-store-file.test.ts',
      'src/main/reader-store-file-recovery.test.ts',
      'src/main/atomic-write.test.ts',
      'src/renderer/src/state/reader-prefs.test.ts',
    ],
  },
  // What a typed query searches for, and how many typos a word may carry.
  'search-plan': {
    mutate: [
      'src/shared/search/plan.ts',
      'src/shared/search/query.ts',
      'src/shared/search/edit-distance.ts',
      'src/shared/search/fuzzy-walk.ts',
    ],
    tests: [
      'src/shared/search/query.test.ts',
      'src/shared/search/typo-limits.test.ts',
      'src/shared/search/plan-rules.test.ts',
      'src/shared/search/plan-typos.test.ts',
      'src/shared/search/typo-oracle.test.ts',
      'src/shared/search/search-engine.test.ts',
      'src/shared/search/synonyms.test.ts',
    ],
  },
};
