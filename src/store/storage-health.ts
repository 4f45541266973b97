import type { Db } from './db.js';
import { writeTransaction } from './db.js';

const STORAGE_CODES = /^(SQLITE_(FULL|IOERR|READONLY|CANTOPEN|CORRUPT)|ENOSPC|EDQUOT|EROFS|EIO)/;

/** The storage failure in an error or its causes (disk full, read-only or failing disk), if any. */
export function storageFailureOf(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 8; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && STORAGE_CODES.test(e.code)) return `${e.code}: ${String(e.message)}`;
  }
  return undefined;
}

export interface StorageStatus {
  ok: boolean;
  reason?: string;
  since?: string;
}

/**
 * What /healthz says about the data folder. On disk full the chat answered 500 while /healthz said ok:
 * failures seen anywhere are recorded here, and the state clears only once a probe write that needs
 * new pages succeeds again.
 */
export class StorageHealth {
  private failure?: { reason: string; since: string };

  constructor(private readonly db: Db) {}

  /** Records the error when it is a storage failure; true if it was. */
  record(err: unknown): boolean {
    const reason = storageFailureOf(err);
    if (reason && !this.failure) this.failure = { reason, since: new Date().toISOString() };
    return reason !== undefined;
  }

  status(): StorageStatus {
    const failure = this.failure;
    if (!failure) return { ok: true };
    try {
      writeTransaction(this.db, () => {
        this.db.prepare('INSERT OR REPLACE INTO storage_probe (id, payload) VALUES (1, zeroblob(65536))').run();
        this.db.prepare('DELETE FROM storage_probe').run();
      });
      this.failure = undefined;
      return { ok: true };
    } catch (err) {
      return { ok: false, reason: storageFailureOf(err) ?? failure.reason, since: failure.since };
    }
  }
}
