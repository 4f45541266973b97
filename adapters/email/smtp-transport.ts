import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { AppError } from '../../src/errors.js';

export interface SmtpAccount {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
}

const SEND_TIMEOUT_MS = 60_000;
const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|localhost|::1)$/;

/** How the adapter reaches the mail server (the doctor's check connects the same way). */
export function smtpOptions(smtp: SmtpAccount): SMTPTransport.Options {
  return {
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    // Cleartext only on loopback (the test sink); anywhere else STARTTLS is required.
    requireTLS: !smtp.secure && !LOOPBACK.test(smtp.host),
    ignoreTLS: !smtp.secure && LOOPBACK.test(smtp.host),
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: SEND_TIMEOUT_MS,
  };
}

/** A refusal that retrying will not change: the recipient or sender address itself is rejected. */
export function isPermanentSmtpError(err: unknown): boolean {
  const code = ((err as { cause?: unknown }).cause as { responseCode?: number } | undefined)?.responseCode ?? (err as { responseCode?: number }).responseCode;
  return code === 501 || code === 553 || (code !== undefined && code >= 550 && code <= 559 && code !== 552);
}

/**
 * SMTP out through a pooled nodemailer transport. A message is sent as the bytes given, so that a retry
 * sends the message composed for it (its Message-ID included); retries are the delivery queue's.
 */
export class SmtpTransport {
  private readonly transport: ReturnType<typeof nodemailer.createTransport>;

  constructor(smtp: SmtpAccount, concurrency = 4) {
    this.transport = nodemailer.createTransport({ ...smtpOptions(smtp), pool: true, maxConnections: concurrency });
  }

  async send(envelope: { from: string; to: string[] }, raw: Buffer): Promise<void> {
    try {
      await this.transport.sendMail({ envelope, raw });
    } catch (cause) {
      throw new AppError('SEND_FAILED', `the mail server did not take the message: ${(cause as Error).message}`, { cause });
    }
  }

  close(): void {
    this.transport.close();
  }
}
