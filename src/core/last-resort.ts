import type { InboundMessage, OutboundReply } from '../channel/types.js';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';
import { markedLang, renderReplyText, type ReplyLang } from '../replies/templates.js';
import type { Ticket, TicketQueue } from '../tickets/types.js';
import type { ConversationLog, TurnClaim } from './conversation-log.js';
import { replyLang } from './input-policy.js';

/** The ticket category of a message the assistant failed on: staff follow it up by hand. */
export const UNPROCESSED = 'unprocessed';

export interface LastResortDeps {
  tickets: Pick<TicketQueue, 'open'>;
  conversations: Pick<ConversationLog, 'finishTurn' | 'releaseTurn'>;
  onTicketOpened?: (ticket: Ticket) => Promise<void>;
}

export interface Failure {
  msg: InboundMessage;
  claim: TurnClaim;
  err: unknown;
  lang: ReplyLang;
  deliver?: (reply: OutboundReply) => Promise<unknown>;
  log: Logger;
}

/** The notice a person gets when their message could not be processed, in their language (or both). */
export function failureNotice(msg: InboundMessage, lang: ReplyLang = replyLang(msg)): OutboundReply {
  return { kind: 'notice', lang: markedLang(lang), text: renderReplyText('error', lang), replyId: `failed:${msg.id}` };
}

/**
 * The one last-resort handler of a turn, for every channel (as botbuilder's onTurnError, bolt's
 * App.handleError): it logs with the message id, keeps the message — a ticket, so that staff follow it
 * up as the notice promises, and the turn recorded — and tells the asker. Only when the message cannot
 * be kept either (the store is down) does it throw, so that the channel's own retry brings it back.
 */
export async function lastResort(deps: LastResortDeps, f: Failure): Promise<OutboundReply> {
  f.log.error({ err: f.err, messageId: f.msg.id }, 'turn failed; the asker is told and the message kept for staff');
  const reply = failureNotice(f.msg, f.lang);
  let keepError: unknown;
  try {
    await keep(deps, f, reply);
  } catch (err) {
    keepError = err;
    f.log.error({ err, messageId: f.msg.id }, 'the failed message could not be kept; left for the channel to retry');
    await deps.conversations.releaseTurn(f.claim).catch(() => undefined);
  }
  await f.deliver?.(reply).catch((err: unknown) => f.log.warn({ err, messageId: f.msg.id }, 'the failure notice could not be delivered either'));
  if (keepError) throw new AppError('STORE_FAILED', 'the message could not be kept', { cause: keepError, details: { messageId: f.msg.id } });
  return reply;
}

async function keep(deps: LastResortDeps, f: Failure, reply: OutboundReply): Promise<void> {
  const { msg } = f;
  const question = msg.text.trim() || (msg.attachments ?? []).map((a) => a.filename).join(', ') || '—';
  const ticket = await deps.tickets.open({
    sourceMessageId: msg.id, ref: msg.ref, sender: msg.sender, question, lang: markedLang(f.lang), category: UNPROCESSED, attachments: msg.attachments,
  });
  await deps.onTicketOpened?.(ticket);
  // A turn that failed after it was recorded (its reply could not be delivered) keeps its record.
  await deps.conversations.finishTurn({ claim: f.claim, msg: { ...msg, lang: markedLang(f.lang) }, turn: { reply } });
}
