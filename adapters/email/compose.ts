import addressparser from 'nodemailer/lib/addressparser';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Lang } from '../../src/channel/types.js';
import { AppError } from '../../src/errors.js';
import { OWN_MARK_HEADER } from './loop-guard.js';
import type { RenderedMail } from './render.js';

export interface Mailbox {
  address: string;
  name?: string;
}

/** A document sent with the message (a staff answer's attachment). */
export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

export interface ComposeInput {
  from: Mailbox;
  to: Mailbox[];
  subject: string;
  body: RenderedMail;
  lang: Lang;
  /** Bare Message-ID, chosen before the first send attempt and stored with the message. */
  messageId: string;
  inReplyTo?: string;
  references?: string[];
  /** RFC 3834: `auto-replied` for the assistant's own answers, `auto-generated` for notifications. */
  autoSubmitted?: 'auto-replied' | 'auto-generated';
  attachments?: MailAttachment[];
}

/** MAIL_FROM as written in the configuration (`"Name" <a@b>` or `a@b`). */
export function parseMailbox(value: string): Mailbox {
  const [first] = addressparser(value, { flatten: true });
  if (!first?.address?.includes('@')) throw new AppError('CONFIG_INVALID', `MAIL_FROM: not an address: ${value}`);
  return { address: first.address.toLowerCase(), name: first.name || undefined };
}

/** The complete message, byte for byte what is sent, retried and saved in Sent. */
export async function composeRaw(input: ComposeInput): Promise<Buffer> {
  const headers: Record<string, string> = { [OWN_MARK_HEADER]: '1', 'Content-Language': input.lang };
  if (input.autoSubmitted) headers['Auto-Submitted'] = input.autoSubmitted;
  const composer = new MailComposer({
    from: input.from,
    to: input.to,
    subject: input.subject,
    messageId: `<${input.messageId}>`,
    inReplyTo: input.inReplyTo ? `<${input.inReplyTo}>` : undefined,
    references: input.references?.length ? input.references.map((r) => `<${r}>`) : undefined,
    text: input.body.text,
    html: input.body.html,
    // Quoted-printable triples every byte of Arabic text; base64 costs a third more.
    textEncoding: 'base64',
    attachments: input.attachments?.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType, contentDisposition: 'attachment' as const })),
    headers,
    date: new Date(),
    xMailer: false,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return composer.compile().build();
}
