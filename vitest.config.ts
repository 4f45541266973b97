import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration tests start real servers (Dovecot on fixed ports): run files one at a time there.
    fileParallelism: true,
    reporters: ['default'],
  },
});
