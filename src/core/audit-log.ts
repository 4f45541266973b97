import type { InboundMessage, OutboundReply } from '../channel/types.js';

/** What was used to produce one reply: enough to explain it later (`arcp audit <id>`). */
export interface AuditRecord {
  id: string;
  conversationId: string;
  channel: string;
  sourceId?: string;
  sender: InboundMessage['sender'];
  question: string;
  resolvedQuestion?: string;
  /** The reply this one answers (a 👍/👎 or "Ask the secretariat" under it), to find its question. */
  aboutReplyId?: string;
  lang: string;
  intent?: string;
  kind: OutboundReply['kind'];
  composer?: string;
  fallbackReason?: string;
  passages: { passageId: string; documentId: string; contentHash: string; score: number }[];
  citations: unknown[];
  ticketId?: string;
  replyText: string;
  createdAt: string;
}

export interface Feedback {
  replyId: string;
  helpful: boolean;
  senderId?: string;
  createdAt: string;
}

/**
 * The audit port: one record per reply, and the feedback people gave on replies. SQLite in the product
 * (src/store/audit-store.ts), a memory twin in tests; tests/contract/audit-log.contract.test.ts.
 */
export interface AuditLog {
  /** Idempotent on the record id (the reply id). */
  record(audit: AuditRecord): Promise<void>;
  get(id: string): Promise<AuditRecord | undefined>;
  forConversation(key: string): Promise<AuditRecord[]>;
  recordFeedback(replyId: string, helpful: boolean, senderId?: string): Promise<void>;
  feedbackOn(replyId: string): Promise<Feedback[]>;
}
