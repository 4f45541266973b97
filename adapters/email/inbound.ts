import type { AttachmentMeta, InboundMessage } from '../../src/channel/types.js';
import type { ParsedMail } from './mime.js';
import { stripQuotedText } from './quote-strip.js';
import { replyHandleFor } from './threading.js';

/** Longest question passed to the core; mail is untrusted input and can be arbitrarily long. */
const MAX_TEXT = 8000;
const FORWARD_SUBJECT = /^\s*(?:fwd?|fw|tr|wg|إعادة توجيه|اعادة توجيه|توجيه)\s*:/i;
const REPLY_PREFIXES = /^\s*(?:(?:re|aw|sv|fwd?|fw|رد|ر|إعادة توجيه)\s*(?:\[\d+\])?\s*:\s*)+/i;

/** The line Gmail, Apple Mail and Arabic clients open a forwarded message with (Outlook's FW: says it in the subject). */
const FORWARD_MARKER = /^\s*(?:-{3,}\s*(?:forwarded message|الرسالة ال(?:مُ|م)?عاد توجيهها|رسالة معاد توجيهها)\s*-{3,}|begin forwarded message:)\s*$/im;

/**
 * What the sender wrote in this message, without quoted history. A forward keeps the forwarded letter
 * whole — its header lines, salutation, numbered questions and signature — since that is what it asks
 * about, and the core's letter reading takes the questions out of it (src/question/letter.ts); cutting
 * it as quoted history left only the forward line. An empty body falls back to the subject.
 */
export function questionText(mail: ParsedMail): string {
  if (FORWARD_SUBJECT.test(mail.subject) || FORWARD_MARKER.test(mail.text)) {
    const forwarded = mail.text.split('\n').filter((l) => !/^\s*>/.test(l)).join('\n').trim();
    if (forwarded) return forwarded.slice(0, MAX_TEXT);
  }
  const stripped = stripQuotedText(mail.text).text;
  if (stripped) return stripped.slice(0, MAX_TEXT);
  return mail.subject.replace(REPLY_PREFIXES, '').trim().slice(0, MAX_TEXT);
}

/** The subject without reply and forward prefixes, when there is one. */
export function subjectOf(mail: Pick<ParsedMail, 'subject'>): string | undefined {
  return mail.subject.replace(REPLY_PREFIXES, '').replace(FORWARD_SUBJECT, '').trim() || undefined;
}

/** A received mail → the channel-neutral message. The id is the Message-ID: a second copy is the same message. */
export function toInboundMessage(mail: ParsedMail, ctx: { conversationId: string; attachments: AttachmentMeta[]; doubt?: string }): InboundMessage {
  const from = mail.from!;
  return {
    id: `email:${mail.messageId}`,
    ref: { channel: 'email', conversationId: ctx.conversationId, replyHandle: { ...replyHandleFor(mail) } },
    origin: 'user',
    sender: { id: from.address, email: from.address, ...(from.name ? { name: from.name } : {}), ...(ctx.doubt ? { doubt: ctx.doubt } : {}) },
    text: questionText(mail),
    ...(subjectOf(mail) ? { subject: subjectOf(mail) } : {}),
    ...(ctx.attachments.length ? { attachments: ctx.attachments } : {}),
    receivedAt: new Date(),
  };
}

/** The ticket a staff mail answers: the `[ARCP-00012]` tag our notifications carry in their subject. */
export function ticketTagOf(subject: string): string | undefined {
  return /\[(ARCP-\d{1,9})\]/i.exec(subject)?.[1]?.toUpperCase();
}
