// The vitest setup Stryker runs (see stryker.config.mjs): only the focused test files of the module being
// mutated (KB_MUTATION_TESTS), with the same loopback-only connection guard as the full suite. Tests
// that time CPU growth are left out: a mutant that only slows the code is not what they are for, and
// they would dominate the run.
import { defineConfig } from 'vitest/config';

const tests = JSON.parse(process.env.KB_MUTATION_TESTS ?? '["__tests__/core/redact.test.ts"]') as string[];

export default defineConfig({
  test: {
    include: tests,
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
    setupFiles: ['__tests__/setup/connection-guard.ts'],
    testNamePattern: /^(?!.*CPU time).*$/,
  },
});
