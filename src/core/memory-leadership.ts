import type { LeaderLease, Leadership } from './leadership.js';

/**
 * Leadership within one process: what a single SQLite deployment uses, and the twin of the PostgreSQL
 * leadership in tests. Processes sharing one `held` set stand for replicas sharing a database.
 */
export class MemoryLeadership implements Leadership {
  constructor(private readonly held: Set<string> = new Set()) {}

  async tryAcquire(duty: string): Promise<LeaderLease | null> {
    if (this.held.has(duty)) return null;
    this.held.add(duty);
    let released = false;
    return {
      duty,
      lost: new Promise<void>(() => {}),
      release: async () => {
        if (released) return;
        released = true;
        this.held.delete(duty);
      },
    };
  }
}
