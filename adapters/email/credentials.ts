import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import type { CredentialCheck } from '../../src/channel/plugin.js';
import type { Config } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { imapOptions, type ImapAccount } from './imap-connection.js';
import { emailSettings } from './settings.js';
import { smtpOptions, type SmtpAccount } from './smtp-transport.js';

const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_|CERT_)|^ETLS$/;
const reasonOf = (err: unknown) => {
  const e = err as { responseText?: string; response?: string; code?: string; message?: string };
  return e.responseText ?? e.response ?? e.message ?? e.code ?? String(err);
};

/**
 * `arcp doctor` for email: an IMAP login (as the intake connects, then the mailbox it reads) and an SMTP
 * `verify()` (connect, STARTTLS where required, AUTH), each bounded by the doctor's timeout.
 */
export async function checkEmailCredentials(config: Config['email'], options: { timeoutMs: number }): Promise<CredentialCheck[]> {
  const settings = emailSettings(config, '.');
  return Promise.all([checkImap(settings.imap, settings.mailbox, options.timeoutMs), checkSmtp(settings.smtp, options.timeoutMs)]);
}

async function checkImap(account: ImapAccount, mailbox: string, timeoutMs: number): Promise<CredentialCheck> {
  const where = `${account.host}:${account.port}`;
  const client = new ImapFlow({ ...imapOptions(account, silentLogger(), 'arcp doctor'), connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs, disableAutoIdle: true });
  client.on('error', () => {}); // a dropped connection is reported by the command that was waiting
  try {
    await client.connect();
  } catch (err) {
    return imapFailure(err, { account, where });
  }
  try {
    // imapflow answers a refused STATUS with false rather than an error.
    const status = await client.status(mailbox, { messages: true });
    if (status === false) throw new Error('STATUS refused');
    return { ok: true, say: `email: IMAP login as ${account.user} at ${where} works; ${mailbox} holds ${status.messages ?? 0} message(s)` };
  } catch (err) {
    return { ok: false, say: `email: IMAP login works, but the mailbox ${mailbox} cannot be read (${reasonOf(err)})`, fix: 'set IMAP_MAILBOX to a folder of this account (default INBOX)' };
  } finally {
    await client.logout().catch(() => client.close());
  }
}

function imapFailure(err: unknown, at: { account: ImapAccount; where: string }): CredentialCheck {
  const e = err as { authenticationFailed?: boolean; code?: string };
  if (e.authenticationFailed) {
    return { ok: false, say: `email: the IMAP server at ${at.where} refused the login of ${at.account.user} (${reasonOf(err)})`, fix: 'check IMAP_USER and IMAP_PASSWORD (some providers want an app password for IMAP)' };
  }
  if (e.code && TLS_CODE.test(e.code)) {
    return { ok: false, say: `email: no TLS connection with the IMAP server at ${at.where} (${e.code})`, fix: 'check IMAP_SECURE (true for port 993, false for 143 with STARTTLS) and the server\'s certificate' };
  }
  return { ok: false, say: `email: the IMAP server at ${at.where} cannot be reached (${e.code ?? reasonOf(err)})`, fix: 'check IMAP_HOST and IMAP_PORT (993 with IMAP_SECURE=true, 143 with false) and that this host may connect to it' };
}

async function checkSmtp(account: SmtpAccount, timeoutMs: number): Promise<CredentialCheck> {
  const where = `${account.host}:${account.port}`;
  const transport = nodemailer.createTransport({ ...smtpOptions(account), connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs });
  try {
    // verify() signs in when the server offers AUTH, as a send would; a server that asks for none is fine.
    await transport.verify();
    return { ok: true, say: `email: the SMTP server at ${where} takes mail` };
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'EAUTH') return { ok: false, say: `email: the SMTP server at ${where} refused the login of ${account.user ?? '(none)'} (${reasonOf(err)})`, fix: 'check SMTP_USER and SMTP_PASSWORD' };
    if (code === 'ETLS' || (code && TLS_CODE.test(code))) return { ok: false, say: `email: no TLS connection with the SMTP server at ${where} (${reasonOf(err)})`, fix: 'check SMTP_SECURE (true for port 465, false for 587 with STARTTLS)' };
    return { ok: false, say: `email: the SMTP server at ${where} cannot be reached (${reasonOf(err)})`, fix: 'check SMTP_HOST and SMTP_PORT (587 with SMTP_SECURE=false, 465 with true) and that this host may connect to it' };
  } finally {
    transport.close();
  }
}
