import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
    // No test reaches anything but loopback (SECURITY.md: faults are tested against local fakes only).
    setupFiles: ['__tests__/setup/connection-guard.ts'],
  },
});
