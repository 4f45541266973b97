import type { TestProject } from 'vitest/node';
import { PostgresCluster, postgresInstalled } from './postgres-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The private cluster's database, or null where PostgreSQL is not installed (its tests are skipped). */
    postgresUrl: string | null;
  }
}

/** Test files that need the cluster; a run of other files only (`npx vitest run tests/unit/x.test.ts`) does not start it. */
const NEEDS_POSTGRES = /contract|postgres|replica/;

/**
 * Global setup: one private PostgreSQL cluster for the whole run, on ARCP_TEST_PG_PORT (16432 unless
 * set). Where PostgreSQL is not installed its tests are skipped with one line, except under CI, where
 * that is an error (scripts/install-system-deps.sh installs it).
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  project.provide('postgresUrl', null);
  const filters = process.argv.slice(2).filter((a) => /\.test\.ts$|^tests\//.test(a));
  if (filters.length > 0 && !filters.some((f) => NEEDS_POSTGRES.test(f))) return undefined;
  if (!postgresInstalled()) {
    if (process.env.CI === 'true') throw new Error('PostgreSQL is required under CI: scripts/install-system-deps.sh installs it');
    console.warn('PostgreSQL tests SKIPPED: initdb is not installed (scripts/install-system-deps.sh installs Debian\'s postgresql)');
    return undefined;
  }
  const cluster = await PostgresCluster.start(Number(process.env.ARCP_TEST_PG_PORT ?? 16432));
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
