import type { AttachmentMeta, InboundMessage } from '../channel/types.js';
import type { ReplyLang } from '../replies/templates.js';
import { askerLang } from '../text/lang.js';

/**
 * One policy for every channel on input that carries no words: what counts as empty, and in which
 * language to answer. Whitespace, zero-width characters, direction marks and the BOM are not words: an
 * empty Teams mention (`<at>Bot</at>&nbsp;`), a Slack mention alone or a mail whose body is a signature
 * mark all come to the core as "nothing".
 */
const INVISIBLE = /[\s\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

export function hasWords(text: string): boolean {
  return text.replace(INVISIBLE, '') !== '';
}

export type InputKind = 'text' | 'action' | 'attachments-only' | 'unreadable' | 'empty';

/**
 * What a message brings. Attachments the channel could not read (`unread`) with no words beside them
 * are `unreadable`: the asker is told, in both languages, that only typed text is read.
 */
export function inputKind(msg: InboundMessage): InputKind {
  if (msg.action) return 'action';
  if (hasWords(msg.text)) return 'text';
  if (readableAttachments(msg).length) return 'attachments-only';
  return msg.attachments?.length ? 'unreadable' : 'empty';
}

/** The attachments the channel kept or could read: what a submission ticket passes on to staff. */
export function readableAttachments(msg: InboundMessage): AttachmentMeta[] {
  return (msg.attachments ?? []).filter((a) => !a.unread);
}

/**
 * The asker's language: what the channel knows (a button's reply language, a locale), else what the
 * text is written in; with no words at all it cannot be known, and replies are given in both languages.
 */
export function replyLang(msg: InboundMessage): ReplyLang {
  if (msg.lang) return msg.lang;
  return hasWords(msg.text) ? askerLang(msg.text) : 'both';
}
