import type { ParsedMail } from './mime.js';

/**
 * RFC 3834 and common practice: never answer automatic mail, lists, bounces or ourselves, so that two
 * robots cannot reply to each other forever. Returns the rule that matched, or undefined for a person.
 */
export type LoopReason =
  | 'auto-submitted'
  | 'x-autoreply'
  | 'precedence'
  | 'mailing-list'
  | 'delivery-report'
  | 'null-return-path'
  | 'robot-sender'
  | 'own-message'
  | 'auto-reply-subject'
  | 'no-sender';

export interface LoopGuardOptions {
  /** The secretariat's own addresses (MAIL_FROM, the IMAP account). */
  ownAddresses: readonly string[];
}

/** Header this adapter stamps on all it sends, to recognise its own mail whatever the From. */
export const OWN_MARK_HEADER = 'x-arcp-assistant';

const ROBOT_LOCAL_PART = /^(?:mailer-daemon|postmaster|no-?reply|do-?not-?reply|donotreply|bounces?|notifications?|auto-?reply|autoresponder|listserv|majordomo|owner-.+|.+-request|.+-bounces?)$/i;
const AUTO_REPLY_SUBJECT = /^(?:auto(?:matic)?[ -]?(?:reply|response|antwort)|out of (?:the )?office|undeliverable|undelivered mail|delivery status notification|returned mail|رد تلقائي|الرد التلقائي|خارج المكتب|تعذر التسليم)(?![\p{L}\p{N}])/iu;

export function loopGuard(mail: ParsedMail, opts: LoopGuardOptions): LoopReason | undefined {
  const h = mail.headers;
  if (h.has(OWN_MARK_HEADER)) return 'own-message';
  const from = mail.from?.address;
  if (!from) return 'no-sender';
  if (opts.ownAddresses.includes(from)) return 'own-message';
  const autoSubmitted = h.get('auto-submitted')?.split(';')[0].trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no') return 'auto-submitted';
  if (h.has('x-autoreply') || h.has('x-autorespond') || h.has('x-autoresponder')) return 'x-autoreply';
  if (/^(?:bulk|list|junk|auto_reply)$/i.test(h.get('precedence')?.trim() ?? '')) return 'precedence';
  if (h.has('list-id') || h.has('list-unsubscribe')) return 'mailing-list';
  if (mail.contentType === 'multipart/report' || mail.contentType === 'message/delivery-status') return 'delivery-report';
  if (h.get('return-path')?.replace(/\s/g, '') === '<>') return 'null-return-path';
  if (ROBOT_LOCAL_PART.test(from.slice(0, from.lastIndexOf('@')))) return 'robot-sender';
  if (AUTO_REPLY_SUBJECT.test(mail.subject)) return 'auto-reply-subject';
  return undefined;
}
