import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Missing Debian test tools: a skip line per file, one summary line at the end; a failure under CI=true.
    // Then one private PostgreSQL cluster for the run, where PostgreSQL is installed.
    globalSetup: ['tests/support/global-setup.ts', 'tests/support/postgres-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration tests start real servers (Dovecot on fixed ports): run files one at a time there.
    fileParallelism: true,
    reporters: ['default'],
  },
});
