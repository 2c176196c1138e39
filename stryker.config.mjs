// Stryker (mutation testing) for one module at a time: `npm run mutation` (scripts/mutation.mjs) sets
// KB_MUTATE (the files or line ranges to mutate) and KB_MUTATION_TESTS (the focused test files that
// vitest.mutation.config.ts runs) for each module in turn. Not part of CI: it takes minutes per module.
const mutate = JSON.parse(process.env.KB_MUTATE ?? '["src/core/redact.ts"]');
const name = process.env.KB_MUTATION_NAME ?? 'module';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate,
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  concurrency: 2,
  timeoutMS: 15000,
  timeoutFactor: 2.5,
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  ignorePatterns: ['dist', 'bench/out', 'reports', 'coverage'],
  // NOTE: bundles and the bench are not under test; mutants in them would only slow the run.
};
