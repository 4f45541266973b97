import { join, resolve } from 'node:path';
import type { Config } from '../../src/config.js';
import { SenderAllowlist } from '../../src/core/reply-policy.js';
import { AppError } from '../../src/errors.js';
import { parseMailbox, type Mailbox } from './compose.js';
import type { ImapAccount } from './imap-connection.js';
import type { SmtpAccount } from './smtp-transport.js';

export type FinalState = 'answered' | 'ticketed' | 'drafted' | 'staff' | 'ignored' | 'failed';

/** The email section of the configuration, resolved into what the adapter's parts need. */
export interface EmailSettings {
  imap: ImapAccount;
  smtp: SmtpAccount;
  from: Mailbox;
  /** Mail from these is the assistant's own and never answered. */
  ownAddresses: string[];
  mailbox: string;
  sentFolder: string;
  folders: Record<FinalState, string>;
  allowlist: SenderAllowlist;
  /** Authentication-Results of these ids are trusted; with none, allowlisted senders are not checked. */
  authservIds: string[];
  staffEmail?: string;
  staffSenders: SenderAllowlist;
  pollMs: number;
  maxAttachmentBytes: number;
  attachmentsDir: string;
  retryBaseMs: number;
  retryMaxMs: number;
  reconnectMaxMs: number;
}

export function emailSettings(e: Config['email'], dataDir: string): EmailSettings {
  if (!e.imapHost || !e.imapUser || !e.imapPassword || !e.smtpHost || !e.from) {
    throw new AppError('CONFIG_INVALID', 'email needs IMAP_HOST, IMAP_USER, IMAP_PASSWORD, SMTP_HOST and MAIL_FROM');
  }
  const from = parseMailbox(e.from);
  const imapUser = e.imapUser.toLowerCase();
  const staffSenders = e.staffSenders.length ? e.staffSenders : e.staffEmail ? [e.staffEmail.toLowerCase()] : [];
  return {
    imap: { host: e.imapHost, port: e.imapPort, secure: e.imapSecure, user: e.imapUser, password: e.imapPassword },
    smtp: { host: e.smtpHost, port: e.smtpPort, secure: e.smtpSecure, user: e.smtpUser, password: e.smtpPassword },
    from,
    ownAddresses: [...new Set([from.address, ...(imapUser.includes('@') ? [imapUser] : [])])],
    mailbox: e.mailbox,
    sentFolder: e.sentFolder,
    folders: {
      answered: e.folderAnswered,
      ticketed: e.folderTickets,
      drafted: e.folderDrafted,
      staff: e.folderTickets,
      ignored: e.folderIgnored,
      failed: e.folderFailed,
    },
    allowlist: new SenderAllowlist(e.allowlist),
    authservIds: e.authservIds,
    staffEmail: e.staffEmail?.toLowerCase(),
    staffSenders: new SenderAllowlist(staffSenders.filter((s) => s !== '*')),
    pollMs: e.pollSeconds * 1000,
    maxAttachmentBytes: Math.round(e.maxAttachmentMb * 1024 * 1024),
    attachmentsDir: resolve(e.attachmentsDir ?? join(dataDir, 'email-attachments')),
    retryBaseMs: e.retryBaseMs,
    retryMaxMs: e.retryMaxMs,
    reconnectMaxMs: e.reconnectMaxMs,
  };
}
