import type { ConversationRef, InboundMessage, OutboundReply } from '../channel/types.js';

export const DRAFT_STATUSES = ['pending', 'approved', 'rejected', 'sent'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

/**
 * An answer held for staff approval before it is sent (email answers to senders outside the allowlist).
 * Approving sends it — edited or not — in the original thread; rejecting sends nothing.
 */
export interface Draft {
  id: string;
  status: DraftStatus;
  ref: ConversationRef;
  sender: InboundMessage['sender'];
  question: string;
  reply: OutboundReply;
  /** The text staff edited before approving, when they did. */
  editedText?: string;
  decidedBy?: string;
  decidedAt?: string;
  reason?: string;
  createdAt: string;
}

/** The drafts port: SQLite in the product, a memory twin in tests; one contract suite for both. */
export interface DraftQueue {
  create(input: { sourceMessageId: string; ref: ConversationRef; sender: Draft['sender']; question: string; reply: OutboundReply }): Promise<Draft>;
  get(id: string): Promise<Draft | undefined>;
  list(filter?: { status?: DraftStatus[]; limit?: number }): Promise<Draft[]>;
  approve(id: string, staff: string, editedText?: string): Promise<Draft>;
  reject(id: string, staff: string, reason?: string): Promise<Draft>;
  markSent(id: string): Promise<Draft>;
}
