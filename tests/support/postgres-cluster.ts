import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SCRIPTS = join(import.meta.dirname, '..', '..', 'scripts', 'test-servers');

/** A private PostgreSQL cluster in a temporary folder (scripts/test-servers/postgres-up.sh), like the Dovecot of the email tests. */
export class PostgresCluster {
  private constructor(readonly dir: string, readonly port: number) {}

  get url(): string {
    return `postgres://arcp@127.0.0.1:${this.port}/arcp`;
  }

  static async start(port: number): Promise<PostgresCluster> {
    const c = new PostgresCluster(await mkdtemp(join(tmpdir(), 'arcp-postgres-')), port);
    try {
      await run('bash', [join(SCRIPTS, 'postgres-up.sh'), c.dir, String(port)], { timeout: 60_000 });
    } catch (err) {
      await rm(c.dir, { recursive: true, force: true });
      throw err;
    }
    return c;
  }

  async stop(): Promise<void> {
    await run('bash', [join(SCRIPTS, 'postgres-down.sh'), this.dir], { timeout: 60_000 }).catch(() => {});
    await rm(this.dir, { recursive: true, force: true });
  }
}
