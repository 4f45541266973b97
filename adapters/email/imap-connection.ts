import { ImapFlow, type ImapFlowOptions } from 'imapflow';
import type { Logger } from '../../src/logger.js';

export interface ImapAccount {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string;
}

/** Seconds of quiet before IDLE restarts by itself; kept short so new mail is seen at once after a scan. */
const AUTO_IDLE_DELAY_MS = 200;
const MAX_IDLE_MS = 4 * 60 * 1000;

/**
 * imapflow logs every connection step at info; only its warnings and errors reach the product log, and
 * never above the product's own level.
 */
function imapLogger(logger: Logger): ImapFlowOptions['logger'] {
  if (logger.level === 'silent') return false;
  const child = logger.child({ component: 'imapflow' }, { level: logger.levelVal > 40 ? logger.level : 'warn' });
  return {
    debug: () => {},
    info: () => {},
    warn: (o: unknown) => child.warn(o as object),
    error: (o: unknown) => child.error(o as object),
  };
}

export function newImapClient(account: ImapAccount, logger: Logger, id: string): ImapFlow {
  return new ImapFlow(imapOptions(account, logger, id));
}

/** How the adapter connects to the mailbox (the doctor's check connects the same way). */
export function imapOptions(account: ImapAccount, logger: Logger, id: string): ImapFlowOptions {
  return {
    host: account.host,
    port: account.port,
    secure: account.secure,
    // Cleartext only on loopback (the test server); anywhere else STARTTLS is required.
    doSTARTTLS: account.secure ? undefined : !/^(?:127\.\d+\.\d+\.\d+|localhost|::1)$/.test(account.host),
    auth: { user: account.user, pass: account.password },
    logger: imapLogger(logger),
    id,
    autoIdleDelay: AUTO_IDLE_DELAY_MS,
    maxIdleTime: MAX_IDLE_MS,
    connectionTimeout: 30_000,
    greetingTimeout: 15_000,
    socketTimeout: 5 * 60 * 1000,
  };
}

/**
 * Creates the folders processed mail goes to (one that exists already is fine) and returns the server's
 * path of each: configured names use "/", a server whose hierarchy delimiter is "." gets "ARCP.Answered".
 */
export async function ensureFolders(client: ImapFlow, folders: readonly string[]): Promise<Map<string, string>> {
  const listed = await client.list();
  const existing = new Set(listed.map((m) => m.path));
  const delimiter = listed.find((m) => m.delimiter)?.delimiter ?? '/';
  const paths = new Map<string, string>();
  for (const folder of new Set(folders)) {
    const path = folder.split('/').join(delimiter);
    if (existing.has(folder)) paths.set(folder, folder);
    else if (existing.has(path)) paths.set(folder, path);
    else paths.set(folder, (await client.mailboxCreate(folder.split('/'))).path);
  }
  return paths;
}
