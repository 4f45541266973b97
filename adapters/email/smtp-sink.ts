import nodemailer from 'nodemailer';
import type { AppServices } from '../../src/app.js';
import type { Logger } from '../../src/logger.js';
import type { SentCopies } from './sent-folder.js';

type EmailStore = AppServices['emailStore'];
type OutboxItem = NonNullable<ReturnType<EmailStore['outboxItem']>>;

export interface SmtpAccount {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
}

export interface OutboxWorkerOptions {
  store: EmailStore;
  smtp: SmtpAccount;
  sent?: SentCopies;
  logger: Logger;
  retryBaseMs: number;
  retryMaxMs: number;
  /** Messages sent at once (SMTP pool connections). */
  concurrency?: number;
  /** Test seam: runs after a message is composed and stored, before it goes to SMTP. */
  beforeSend?: (item: OutboxItem) => void | Promise<void>;
}

const SEND_TIMEOUT_MS = 60_000;

/** A refusal that retrying will not change: the recipient or sender address itself is rejected. */
function isPermanent(err: unknown): boolean {
  const code = (err as { responseCode?: number }).responseCode;
  return code === 501 || code === 553 || (code !== undefined && code >= 550 && code <= 559 && code !== 552);
}

/**
 * Drains the outbox: each message was composed once, Message-ID included, before its first attempt, so
 * whatever happens (SMTP down, a crash after composing) the same message is sent, once. Failed attempts
 * back off exponentially; a copy of each sent message is then saved in the Sent folder.
 */
export class OutboxWorker {
  private readonly transport: ReturnType<typeof nodemailer.createTransport>;
  private running: Promise<void> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly opts: OutboxWorkerOptions) {
    const { smtp } = opts;
    const concurrency = opts.concurrency ?? 4;
    this.transport = nodemailer.createTransport({
      pool: true,
      maxConnections: concurrency,
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      // Cleartext only on loopback (the test sink); anywhere else STARTTLS is required.
      requireTLS: !smtp.secure && !/^(?:127\.\d+\.\d+\.\d+|localhost|::1)$/.test(smtp.host),
      ignoreTLS: !smtp.secure && /^(?:127\.\d+\.\d+\.\d+|localhost|::1)$/.test(smtp.host),
      auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: SEND_TIMEOUT_MS,
    });
  }

  /** Sends what is due now, then sleeps until the next retry is due. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.drain()
      .catch((err) => this.opts.logger.error({ err }, 'outbox drain failed'))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        } else this.sleepUntilDue();
      });
  }

  /** Resolves once nothing more is due now (for tests and the benchmark). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    this.transport.close();
    await this.opts.sent?.close();
  }

  private async drain(): Promise<void> {
    const batch = (this.opts.concurrency ?? 4) * 4;
    for (let due = this.opts.store.dueOutbox(batch); due.length > 0 && !this.stopped; due = this.opts.store.dueOutbox(batch)) {
      await Promise.all(due.map((item) => this.sendOne(item)));
    }
    await this.saveCopies();
  }

  private async sendOne(item: OutboxItem): Promise<void> {
    const log = this.opts.logger.child({ outboxId: item.id, kind: item.kind, conversationId: item.conversationId });
    try {
      await this.opts.beforeSend?.(item);
      await this.transport.sendMail({ envelope: { from: item.envelopeFrom, to: item.recipients }, raw: item.raw });
      this.opts.store.markSent(item.id);
      log.info({ attempts: item.attempts + 1 }, 'mail sent');
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (isPermanent(err)) {
        this.opts.store.markFailed(item.id, message);
        log.error({ err: { message } }, 'mail refused permanently');
        return;
      }
      const delay = Math.min(this.opts.retryBaseMs * 2 ** item.attempts, this.opts.retryMaxMs) * (0.9 + Math.random() * 0.2);
      this.opts.store.reschedule(item.id, new Date(Date.now() + delay).toISOString(), message);
      log.warn({ err: { message }, attempts: item.attempts + 1, retryInMs: Math.round(delay) }, 'mail not sent; will retry');
    }
  }

  private async saveCopies(): Promise<void> {
    if (!this.opts.sent) return;
    for (let items = this.opts.store.unappended(50); items.length > 0; items = this.opts.store.unappended(50)) {
      for (const item of items) {
        if (this.stopped) return;
        try {
          await this.opts.sent.append(item.raw);
          this.opts.store.markAppended(item.id);
        } catch (err) {
          this.opts.logger.warn({ err: { message: (err as Error).message }, outboxId: item.id }, 'copy not saved in Sent yet; will retry');
          this.timer = setTimeout(() => this.kick(), this.opts.retryBaseMs).unref();
          return;
        }
      }
    }
  }

  private sleepUntilDue(): void {
    if (this.stopped) return;
    const next = this.opts.store.nextAttemptAt();
    if (!next) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.kick(), Math.max(0, Date.parse(next) - Date.now()) + 5);
    this.timer.unref();
  }
}
