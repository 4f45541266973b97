import { z } from 'zod';
import { defineSection } from './section.js';

const bool = (fallback: 'true' | 'false') => z.enum(['true', 'false']).default(fallback).transform((v) => v === 'true');

/** Addresses and `@domain` entries, separated by commas, semicolons or spaces; lower-cased. */
const addressList = z
  .string()
  .default('')
  .transform((v) => v.split(/[\s,;]+/).map((s) => s.trim().toLowerCase()).filter(Boolean));

const folder = (fallback: string) => z.string().min(1).default(fallback);

/**
 * Email is off unless IMAP_HOST is set; once it is, the IMAP and SMTP accounts and MAIL_FROM are
 * required. Folders under `ARCP/` receive processed mail (nothing is ever deleted).
 */
export const emailSection = defineSection(
  {
    imapHost: 'IMAP_HOST',
    imapPort: 'IMAP_PORT',
    imapSecure: 'IMAP_SECURE',
    imapUser: 'IMAP_USER',
    imapPassword: 'IMAP_PASSWORD',
    mailbox: 'IMAP_MAILBOX',
    sentFolder: 'IMAP_SENT_FOLDER',
    smtpHost: 'SMTP_HOST',
    smtpPort: 'SMTP_PORT',
    smtpSecure: 'SMTP_SECURE',
    smtpUser: 'SMTP_USER',
    smtpPassword: 'SMTP_PASSWORD',
    from: 'MAIL_FROM',
    allowlist: 'EMAIL_ALLOWLIST',
    authservIds: 'EMAIL_AUTHSERV_ID',
    staffEmail: 'STAFF_EMAIL',
    staffSenders: 'EMAIL_STAFF_SENDERS',
    folderAnswered: 'EMAIL_FOLDER_ANSWERED',
    folderTickets: 'EMAIL_FOLDER_TICKETS',
    folderDrafted: 'EMAIL_FOLDER_DRAFTED',
    folderIgnored: 'EMAIL_FOLDER_IGNORED',
    folderFailed: 'EMAIL_FOLDER_FAILED',
    pollSeconds: 'EMAIL_POLL_SECONDS',
    maxAttachmentMb: 'EMAIL_MAX_ATTACHMENT_MB',
    attachmentsDir: 'EMAIL_ATTACHMENTS_DIR',
    retryBaseMs: 'EMAIL_RETRY_BASE_MS',
    retryMaxMs: 'EMAIL_RETRY_MAX_MS',
    reconnectMaxMs: 'EMAIL_RECONNECT_MAX_MS',
  },
  z
    .object({
      imapHost: z.string().optional(),
      imapPort: z.coerce.number().int().positive().default(993),
      imapSecure: bool('true'),
      imapUser: z.string().optional(),
      imapPassword: z.string().optional(),
      mailbox: z.string().min(1).default('INBOX'),
      sentFolder: z.string().min(1).default('Sent'),
      smtpHost: z.string().optional(),
      smtpPort: z.coerce.number().int().positive().default(587),
      smtpSecure: bool('false'),
      smtpUser: z.string().optional(),
      smtpPassword: z.string().optional(),
      from: z.string().optional(),
      /** Senders whose questions are answered directly; `*` answers everyone. Others get drafts. */
      allowlist: addressList,
      /** The receiving server's authserv-id(s): only its Authentication-Results vouch for an allowlisted sender. */
      authservIds: addressList,
      /** Where ticket notifications go; staff replies to them reach the asker. */
      staffEmail: z.string().email().optional(),
      /** Who may answer tickets by email (default: STAFF_EMAIL). */
      staffSenders: addressList,
      folderAnswered: folder('ARCP/Answered'),
      folderTickets: folder('ARCP/Tickets'),
      folderDrafted: folder('ARCP/Drafted'),
      folderIgnored: folder('ARCP/Ignored'),
      folderFailed: folder('ARCP/Failed'),
      /** Full scan of the mailbox at this interval, besides IDLE (and instead of it on servers without). */
      pollSeconds: z.coerce.number().positive().default(60),
      maxAttachmentMb: z.coerce.number().positive().default(40),
      attachmentsDir: z.string().optional(),
      retryBaseMs: z.coerce.number().int().positive().default(10_000),
      retryMaxMs: z.coerce.number().int().positive().default(900_000),
      reconnectMaxMs: z.coerce.number().int().positive().default(60_000),
    })
    .superRefine((v, ctx) => {
      if (!v.imapHost) return;
      const required = { imapUser: v.imapUser, imapPassword: v.imapPassword, smtpHost: v.smtpHost, from: v.from } as const;
      for (const [key, value] of Object.entries(required)) {
        if (!value) ctx.addIssue({ code: 'custom', path: [key], message: 'required when IMAP_HOST is set' });
      }
    }),
);
