import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { PostgresCluster } from './postgres-cluster.js';
import { findTool, skipLine } from './system-tools.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The private cluster's database, or null where PostgreSQL is not installed (its tests are skipped). */
    postgresUrl: string | null;
  }
}

/** Test files that need the cluster; a run of other files only (`npx vitest run tests/unit/x.test.ts`) does not start it. */
const NEEDS_POSTGRES = /contract|postgres|replica|doctor|migrate/;

/**
 * Global setup: one private PostgreSQL cluster for the whole run, on ARCP_TEST_PG_PORT (16432 unless
 * set). Where PostgreSQL is not installed its tests are skipped with one line; under CI=true the run
 * fails first (global-setup.ts: every Debian test tool is required there).
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  project.provide('postgresUrl', null);
  const filters = process.argv.slice(2).filter((a) => /\.test\.ts$|^tests\//.test(a));
  if (filters.length > 0 && !filters.some((f) => NEEDS_POSTGRES.test(f))) return undefined;
  if (!findTool('postgres')) {
    console.warn(skipLine('postgres'));
    return undefined;
  }
  const cluster = await PostgresCluster.start(await portToUse(Number(process.env.ARCP_TEST_PG_PORT ?? 16432)));
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}

/** The port asked for, or, when another run on this machine holds it, a free one (the URL is handed to the tests). */
async function portToUse(wanted: number): Promise<number> {
  const listen = (port: number) => new Promise<number | undefined>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen(port, '127.0.0.1', () => {
      const { port: got } = server.address() as { port: number };
      server.close(() => resolve(got));
    });
  });
  return (await listen(wanted)) ?? (await listen(0))!;
}
