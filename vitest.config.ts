import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Missing Debian test tools: a skip line per file, one summary line at the end; a failure under CI=true.
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration tests start real servers (Dovecot on fixed ports): run files one at a time there.
    fileParallelism: true,
    reporters: ['default'],
  },
});
