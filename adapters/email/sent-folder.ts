import type { ImapFlow } from 'imapflow';
import { AppError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import { ensureFolders, newImapClient, type ImapAccount } from './imap-connection.js';

/** Where a copy of each sent message is kept. */
export interface SentCopies {
  append(raw: Buffer): Promise<void>;
  close(): Promise<void>;
}

/**
 * APPENDs sent mail to the Sent folder over its own IMAP connection (the intake connection sits in IDLE
 * on the inbox). Connects on first use and again after any failure.
 */
export class ImapSentFolder implements SentCopies {
  private client: ImapFlow | undefined;
  private path: string | undefined;

  constructor(private readonly opts: { account: ImapAccount; folder: string; logger: Logger }) {}

  async append(raw: Buffer): Promise<void> {
    const client = await this.connected();
    try {
      const done = await client.append(this.path ?? this.opts.folder, raw, ['\\Seen']);
      if (done === false) throw new AppError('SEND_FAILED', `the server refused the copy in ${this.opts.folder}`);
    } catch (err) {
      this.drop();
      throw AppError.from(err, 'SEND_FAILED');
    }
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client?.usable) await Promise.race([client.logout().catch(() => undefined), new Promise((r) => setTimeout(r, 2000).unref())]);
    client?.close();
  }

  private async connected(): Promise<ImapFlow> {
    if (this.client?.usable) return this.client;
    this.drop();
    const client = newImapClient(this.opts.account, this.opts.logger, 'arcp-sent');
    client.on('error', (err) => this.opts.logger.warn({ err: { message: err.message } }, 'IMAP (Sent folder) connection error'));
    try {
      await client.connect();
      this.path = (await ensureFolders(client, [this.opts.folder])).get(this.opts.folder);
    } catch (err) {
      client.close();
      throw AppError.from(err, 'SEND_FAILED', `cannot reach the Sent folder: ${(err as Error).message}`);
    }
    this.client = client;
    return client;
  }

  private drop(): void {
    const client = this.client;
    this.client = undefined;
    client?.close();
  }
}
