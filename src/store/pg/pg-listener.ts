import pg from 'pg';
import type { IngestSignal } from '../../ingest/ingest-signal.js';
import type { Logger } from '../../logger.js';

export interface PgListenerOptions {
  url: string;
  /** The notification channel (an identifier: lower-case letters and underscores). */
  channel: string;
  logger: Logger;
  /** First and longest wait before connecting again after the connection dropped. */
  retryBaseMs?: number;
  retryMaxMs?: number;
}

/**
 * LISTEN on a connection of its own (a pooled one would be handed to other queries and lose it). When
 * the connection drops (database restart, network cut) it connects again with doubling waits, and then
 * signals once, since what was notified in between never arrives.
 */
export class PgListener implements IngestSignal {
  private onSignal: () => void = () => {};
  private client?: pg.Client;
  private retry?: NodeJS.Timeout;
  private failures = 0;
  private stopped = false;

  constructor(private readonly o: PgListenerOptions) {
    if (!/^[a-z_]+$/.test(o.channel)) throw new Error(`not a channel name: ${o.channel}`);
  }

  /**
   * `onSignal` is called on each notification, and after each (re)connection: what was notified while
   * down is lost. Resolves after the first attempt, connected or not (a later attempt follows).
   */
  start(onSignal: () => void): Promise<void> {
    this.onSignal = onSignal;
    return this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.o.url, connectionTimeoutMillis: 10_000, keepAlive: true });
    let gone = false;
    const drop = (err?: unknown) => {
      if (gone) return;
      gone = true;
      if (this.client === client) this.client = undefined;
      client.end().catch(() => {});
      this.scheduleRetry(err);
    };
    client.on('notification', () => this.onSignal());
    client.on('error', drop);
    client.on('end', () => drop());
    try {
      await client.connect();
      await client.query(`LISTEN ${this.o.channel}`);
    } catch (err) {
      drop(err);
      return;
    }
    if (this.stopped) return void client.end().catch(() => {});
    this.client = client;
    this.failures = 0;
    this.o.logger.debug({ channel: this.o.channel }, 'listening for database notifications');
    this.onSignal();
  }

  private scheduleRetry(err?: unknown): void {
    if (this.stopped) return;
    const base = this.o.retryBaseMs ?? 500;
    const wait = Math.min(base * 2 ** this.failures, this.o.retryMaxMs ?? 30_000);
    this.failures++;
    this.o.logger.warn({ err, channel: this.o.channel, retryInMs: wait }, 'database notifications lost; connecting again');
    this.retry = setTimeout(() => void this.connect(), wait);
    this.retry.unref();
  }
}
