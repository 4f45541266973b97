import type { ConversationRef, InboundMessage, OutboundReply } from '../channel/types.js';

/**
 * The conversation log port: every conversation, its transcript, and the claim on each inbound message
 * that makes a turn run once. SQLite in the product (src/store/conversation-store.ts), a memory twin for
 * tests (memory-conversation-log.ts); tests/contract/conversation-log.contract.test.ts holds both to it.
 */
export interface TranscriptEntry {
  id: number;
  direction: 'in' | 'out';
  kind?: string;
  text: string;
  lang?: string;
  sender?: InboundMessage['sender'];
  reply?: OutboundReply;
  createdAt: string;
}

export interface ConversationSummary {
  id: string;
  channel: string;
  lastQuestion?: string;
  updatedAt: string;
  messages: number;
}

/** What a finished turn left, returned as it is to any repeat of its message. */
export interface StoredTurn {
  reply: OutboundReply | null;
  /** The reply is held for staff approval as this draft, not sent. */
  draftId?: string;
}

/** Proof of holding a message's claim: only its holder can finish or release the turn. */
export interface TurnClaim {
  messageId: string;
  token: string;
}

export type ClaimResult =
  | { state: 'claimed'; claim: TurnClaim }
  | { state: 'in-flight' }
  | { state: 'done'; turn: StoredTurn };

export interface FinishTurn {
  claim: TurnClaim;
  msg: InboundMessage;
  turn: StoredTurn;
  /** The question as the turn understood it (follow-ups resolved), kept for the next follow-up. */
  question?: string;
}

export interface ConversationLog {
  /**
   * Claims a message id atomically. A claim whose lease has run out (its process died mid-turn) is taken
   * over; a finished turn is returned as it was stored.
   */
  claimTurn(input: { messageId: string; ref: ConversationRef; leaseMs: number }): Promise<ClaimResult>;
  /** Records the turn (transcript in and out) and marks it done, at once; false when the claim was lost. */
  finishTurn(input: FinishTurn): Promise<boolean>;
  /** Gives a claim back unfinished, so that a retry of the message runs the turn again. */
  releaseTurn(claim: TurnClaim): Promise<void>;
  storedTurn(messageId: string): Promise<StoredTurn | undefined>;
  lastQuestion(ref: ConversationRef): Promise<string | undefined>;
  /** A message sent later (a staff answer, an approved draft); a second call with the same reply id adds nothing. */
  recordOutbound(ref: ConversationRef, reply: OutboundReply): Promise<void>;
  transcript(key: string, afterId?: number): Promise<TranscriptEntry[]>;
  conversationRef(key: string): Promise<ConversationRef | undefined>;
  listConversations(limit?: number): Promise<ConversationSummary[]>;
}

/** The key a conversation is stored under: its channel and the channel's own id. */
export function conversationKey(ref: ConversationRef): string {
  return `${ref.channel}:${ref.conversationId}`;
}
