import type { Logger } from '../logger.js';
import type { IndexSync, SyncResult } from './index-sync.js';
import type { IngestSignal } from './ingest-signal.js';

export interface IndexFollowerOptions {
  sync: IndexSync;
  signal: IngestSignal;
  /** A generation check this often besides the signal, which can be missed while it reconnects. */
  checkMs: number;
  /** After the index changed (save it to the data folder). */
  onSynced?: (result: SyncResult) => Promise<void>;
  logger: Logger;
}

/**
 * Keeps a replica's search index in line with the shared ledger while it runs: an ingest on another
 * replica (a console upload, `arcp ingest` against the deployment) notifies, this replica reconciles
 * (IndexSync: a generation look, then only the documents that changed), without a restart.
 */
export class IndexFollower {
  private timer?: NodeJS.Timeout;

  constructor(private readonly o: IndexFollowerOptions) {}

  async start(): Promise<void> {
    await this.o.signal.start(() => void this.check());
    this.timer = setInterval(() => void this.check(), this.o.checkMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.o.signal.stop();
  }

  /** One look; failures are logged, the next signal or check tries again. */
  async check(): Promise<void> {
    try {
      const result = await this.o.sync.refresh();
      if (result) await this.o.onSynced?.(result);
    } catch (err) {
      this.o.logger.warn({ err }, 'the search index could not be brought in line with the store; will try again');
    }
  }
}
