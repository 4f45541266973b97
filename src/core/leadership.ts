/**
 * The leadership port: a duty only one replica may hold at a time (the IMAP intake of a mailbox, the SLA
 * reminders). PostgreSQL holds it by a session advisory lock (src/store/pg/pg-leadership.ts): when the
 * holder dies its connection closes, the lock goes, and a standby takes the duty over. A single process
 * (SQLite) holds every duty itself (memory-leadership.ts). tests/contract/leadership.contract.test.ts.
 */
export interface LeaderLease {
  readonly duty: string;
  /** Settles when the lease ends: released, or lost (the database connection dropped). */
  readonly lost: Promise<void>;
  release(): Promise<void>;
}

export interface Leadership {
  /** The duty's lease, or null when another process holds it now. */
  tryAcquire(duty: string): Promise<LeaderLease | null>;
}
