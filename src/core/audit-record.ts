import type { InboundMessage, OutboundReply } from '../channel/types.js';
import type { TurnOutcome } from './assistant.js';
import type { AuditRecord } from './audit-log.js';
import { conversationKey } from './conversation-log.js';

/** The audit record of a reply: the question, what was retrieved and composed, and what was sent. */
export function auditRecordOf(msg: InboundMessage, reply: OutboundReply & { replyId: string }, o: Partial<TurnOutcome>): AuditRecord {
  return {
    id: reply.replyId,
    conversationId: conversationKey(msg.ref),
    channel: msg.ref.channel,
    sourceId: msg.id,
    sender: msg.sender,
    question: msg.text,
    resolvedQuestion: o.resolvedQuestion,
    aboutReplyId: o.aboutReplyId,
    lang: reply.lang,
    intent: o.intent,
    kind: reply.kind,
    composer: o.composed?.composer,
    fallbackReason: o.composed?.fallbackReason,
    passages: (o.passages ?? []).map((s) => ({
      passageId: s.passage.id,
      documentId: s.passage.documentId,
      contentHash: s.passage.contentHash,
      score: s.score,
    })),
    citations: reply.kind === 'answer' ? reply.citations : [],
    ticketId: 'ticketId' in reply ? reply.ticketId : undefined,
    replyText: reply.text,
    createdAt: new Date().toISOString(),
  };
}
