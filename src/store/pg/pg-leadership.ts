import pg from 'pg';
import type { LeaderLease, Leadership } from '../../core/leadership.js';

/** The first key of every leadership lock: duties never collide with other advisory locks. */
const LEADERSHIP_CLASS = 0x4c454144; // "LEAD"

/**
 * Leadership by PostgreSQL session advisory locks, each held on a connection of its own for as long as
 * the duty is held: a replica that dies (killed, crashed, cut off) loses its connection, the server drops
 * the lock, and a standby's next try takes the duty.
 */
export class PgLeadership implements Leadership {
  constructor(private readonly url: string) {}

  async tryAcquire(duty: string): Promise<LeaderLease | null> {
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 10_000, keepAlive: true });
    let lose!: () => void;
    const lost = new Promise<void>((resolve) => (lose = resolve));
    client.on('error', () => lose());
    client.on('end', () => lose());
    await client.connect();
    try {
      const { rows } = await client.query<{ held: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS held', [LEADERSHIP_CLASS, duty]);
      if (!rows[0].held) {
        await client.end();
        return null;
      }
    } catch (err) {
      await client.end().catch(() => {});
      throw err;
    }
    let released = false;
    return {
      duty,
      lost,
      release: async () => {
        if (released) return;
        released = true;
        // Ending the session drops its advisory locks.
        await client.end().catch(() => {});
      },
    };
  }
}
