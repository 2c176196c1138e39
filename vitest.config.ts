import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // The fuzz run (npm run fuzz) is too long for the default run: only when KEYBOUND_FUZZ_RUNS is set.
    exclude: ['**/node_modules/**', ...(process.env.KEYBOUND_FUZZ_RUNS ? [] : ['__tests__/fuzz/**'])],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
    // No test reaches anything but loopback (SECURITY.md: faults are tested against local fakes only).
    setupFiles: ['__tests__/setup/connection-guard.ts'],
  },
});
