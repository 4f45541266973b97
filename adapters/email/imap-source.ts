import type { ImapFlow } from 'imapflow';
import type { Logger } from '../../src/logger.js';
import { ensureFolders, newImapClient, type ImapAccount } from './imap-connection.js';

/** Where a message is on the server: UIDs mean something only with their mailbox's UIDVALIDITY. */
export interface MessageKey {
  mailbox: string;
  uidValidity: string;
  uid: number;
}

/** What to do with a message once handled: flag it and move it (never delete); `moved` confirms it. */
export interface Disposition {
  folder: string;
  flags: string[];
  moved(): void;
}

/** Handles one raw message; `null` leaves it in the mailbox for the next scan (a transient failure). */
export type RawMessageHandler = (key: MessageKey, raw: Buffer) => Promise<Disposition | null>;

export interface ImapSourceOptions {
  account: ImapAccount;
  mailbox: string;
  /** Folders to create at connection, by their configured name. */
  folders: string[];
  pollMs: number;
  reconnectMaxMs: number;
  logger: Logger;
  handle: RawMessageHandler;
  /** Messages fetched per round trip. */
  batchSize?: number;
  /** After each scan that went through the whole mailbox. */
  onScanned?: () => void;
}

const RECONNECT_MIN_MS = 500;

/**
 * Watches a mailbox: IDLE for new mail, a full scan at connection and every poll interval (the fallback
 * when IDLE is missing or a notification is lost), reconnection with exponential back-off. Every message
 * in the mailbox is a candidate at each scan: handled mail leaves it, so what remains is new or unfinished.
 */
export class ImapSource {
  private stopped = false;
  /** The connection in use once the mailbox is open. */
  private client: ImapFlow | undefined;
  /** The connection being set up or in use, to close on stop. */
  private connection: ImapFlow | undefined;
  private folderPaths = new Map<string, string>();
  private scanning: Promise<void> | undefined;
  private rescan = false;
  private poll: NodeJS.Timeout | undefined;
  private wake: (() => void) | undefined;
  private loop: Promise<void> | undefined;
  /** Completed scans, for diagnostics. */
  scans = 0;

  constructor(private readonly opts: ImapSourceOptions) {}

  start(): void {
    this.loop = this.superviseConnection();
    this.poll = setInterval(() => this.requestScan(), this.opts.pollMs);
    this.poll.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    this.wake?.();
    // Let a scan in progress finish its message (it resumes correctly anyway if cut short).
    if (this.scanning) await Promise.race([this.scanning, sleep(5000)]);
    this.connection?.close();
    await this.loop;
  }

  /** Scans now (or right after the scan in progress). */
  requestScan(): void {
    const client = this.client;
    if (!client || this.stopped) return;
    if (this.scanning) {
      this.rescan = true;
      return;
    }
    this.scanning = this.scanUntilQuiet(client).finally(() => (this.scanning = undefined));
  }

  private async superviseConnection(): Promise<void> {
    let delay = RECONNECT_MIN_MS;
    while (!this.stopped) {
      const client = newImapClient(this.opts.account, this.opts.logger, 'arcp-intake');
      this.connection = client;
      const closed = new Promise<void>((resolve) => client.once('close', () => resolve()));
      client.on('error', (err) => this.opts.logger.warn({ err: { message: err.message, code: (err as { code?: string }).code } }, 'IMAP connection error'));
      client.on('exists', (e) => e.count > e.prevCount && this.requestScan());
      try {
        await client.connect();
        this.folderPaths = await ensureFolders(client, this.opts.folders);
        await client.mailboxOpen(this.opts.mailbox);
        if (this.stopped) break;
        this.client = client;
        this.opts.logger.info({ mailbox: this.opts.mailbox, idle: client.capabilities.has('IDLE') }, 'watching the mailbox');
        delay = RECONNECT_MIN_MS;
        this.requestScan();
        await closed;
      } catch (err) {
        this.opts.logger.warn({ err: { message: (err as Error).message }, retryInMs: delay }, 'IMAP unavailable; reconnecting');
      } finally {
        this.client = undefined;
        this.connection = undefined;
        client.close();
      }
      if (this.stopped) break;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, delay * (0.8 + Math.random() * 0.4));
        this.wake = () => (clearTimeout(t), resolve());
      });
      delay = Math.min(delay * 2, this.opts.reconnectMaxMs);
    }
  }

  private async scanUntilQuiet(client: ImapFlow): Promise<void> {
    try {
      do {
        this.rescan = false;
        await this.scan(client);
        this.scans++;
        this.opts.onScanned?.();
      } while (this.rescan && !this.stopped && client.usable);
    } catch (err) {
      this.opts.logger.warn({ err: { message: (err as Error).message } }, 'mailbox scan failed; reconnecting');
      client.close();
    }
  }

  private async scan(client: ImapFlow): Promise<void> {
    const lock = await client.getMailboxLock(this.opts.mailbox);
    try {
      const mailbox = client.mailbox;
      if (!mailbox) return;
      const uidValidity = String(mailbox.uidValidity);
      const uids = (await client.search({ all: true }, { uid: true })) || [];
      const size = this.opts.batchSize ?? 25;
      for (let i = 0; i < uids.length && !this.stopped; i += size) {
        await this.scanBatch(client, uidValidity, uids.slice(i, i + size));
      }
    } finally {
      lock.release();
    }
  }

  private async scanBatch(client: ImapFlow, uidValidity: string, uids: number[]): Promise<void> {
    const fetched: { uid: number; raw: Buffer }[] = [];
    for await (const m of client.fetch(uids.join(','), { uid: true, source: true }, { uid: true })) {
      if (m.source) fetched.push({ uid: m.uid, raw: m.source });
    }
    const groups = new Map<string, { folder: string; flags: string[]; uids: number[]; done: Disposition[] }>();
    for (const { uid, raw } of fetched) {
      if (this.stopped) break;
      const d = await this.opts.handle({ mailbox: this.opts.mailbox, uidValidity, uid }, raw).catch((err: unknown) => {
        this.opts.logger.error({ err, uid }, 'message handler failed; the message stays for the next scan');
        return null;
      });
      if (!d) continue;
      const key = `${d.folder}\n${d.flags.join(' ')}`;
      const group = groups.get(key) ?? { folder: d.folder, flags: d.flags, uids: [], done: [] };
      group.uids.push(uid);
      group.done.push(d);
      groups.set(key, group);
    }
    for (const g of groups.values()) await this.move(client, g);
  }

  private async move(client: ImapFlow, g: { folder: string; flags: string[]; uids: number[]; done: Disposition[] }): Promise<void> {
    const range = g.uids.join(',');
    if (g.flags.length) await client.messageFlagsAdd(range, g.flags, { uid: true });
    const moved = await client.messageMove(range, this.folderPaths.get(g.folder) ?? g.folder, { uid: true });
    if (moved === false) throw new Error(`could not move ${g.uids.length} message(s) to ${g.folder}`);
    for (const d of g.done) d.moved();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
