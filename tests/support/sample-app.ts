import { afterAll, beforeAll } from 'vitest';
import type { AppServices } from '../../src/app.js';
import { createTestApp } from './test-app.js';

/** One app over the sample corpus for a test file: made before its tests, closed after them. */
export function useSampleApp(): () => AppServices {
  let app: AppServices | undefined;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => app?.close());
  return () => app!;
}
