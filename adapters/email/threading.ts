import { AppError } from '../../src/errors.js';
import type { ParsedMail } from './mime.js';

/**
 * Threads follow Message-ID, In-Reply-To and References only — never the subject, which people edit and
 * Outlook prefixes in its own language. The reply handle carries all a reply needs, days later.
 */
export interface EmailReplyHandle {
  to: string;
  toName?: string;
  subject: string;
  /** Message-ID (bare) of the mail being answered; none when that mail had no Message-ID. */
  inReplyTo?: string;
  /** The References chain for the reply, bare ids, oldest first. */
  references: string[];
}

const MAX_REFERENCES = 12;
const REPLY_PREFIX = /^\s*(?:re|aw|sv|رد|ر)\s*(?:\[\d+\])?\s*:/i;

/** Ids to look up, most specific first: the direct parent, then the rest of the chain newest first. */
export function threadCandidates(mail: ParsedMail): string[] {
  const chain = [mail.inReplyTo, ...[...mail.references].reverse()].filter((id): id is string => Boolean(id));
  return [...new Set(chain)];
}

/** A new conversation is named after the oldest message of the thread that we know of. */
export function newConversationId(mail: ParsedMail): string {
  return mail.references[0] ?? mail.inReplyTo ?? mail.messageId;
}

export function replySubject(subject: string): string {
  const s = subject.trim();
  if (!s) return 'Re:';
  return REPLY_PREFIX.test(s) ? s : `Re: ${s}`;
}

/**
 * References for a reply: the parent's chain plus the parent, trimmed to the root and the latest ids. A
 * parent without a Message-ID adds nothing: the digest that stands for it internally is no mail's id.
 */
export function replyReferences(mail: ParsedMail): string[] {
  const own = mail.hasMessageId ? [mail.messageId] : [];
  const chain = [...new Set([...mail.references, ...(mail.inReplyTo && !mail.references.includes(mail.inReplyTo) ? [mail.inReplyTo] : []), ...own])];
  return chain.length <= MAX_REFERENCES ? chain : [chain[0], ...chain.slice(-(MAX_REFERENCES - 1))];
}

export function replyHandleFor(mail: ParsedMail): EmailReplyHandle {
  const target = mail.replyTo ?? mail.from;
  if (!target) throw new AppError('MAIL_MALFORMED', 'the mail has no sender to reply to');
  return {
    to: target.address,
    ...(target.name ? { toName: target.name } : {}),
    subject: replySubject(mail.subject),
    ...(mail.hasMessageId ? { inReplyTo: mail.messageId } : {}),
    references: replyReferences(mail),
  };
}

/** Reads a handle back from a stored ConversationRef, refusing one that could not address a reply. */
export function readReplyHandle(handle: Record<string, unknown>): EmailReplyHandle {
  const { to, toName, subject, inReplyTo, references } = handle;
  const ok = typeof to === 'string' && to.includes('@') && typeof subject === 'string' && (inReplyTo === undefined || typeof inReplyTo === 'string') &&
    Array.isArray(references) && references.every((r) => typeof r === 'string');
  if (!ok) throw new AppError('BAD_REQUEST', 'this conversation reference is not an email thread');
  return { to, toName: typeof toName === 'string' ? toName : undefined, subject, inReplyTo: inReplyTo as string | undefined, references: references as string[] };
}
