import { randomUUID } from 'node:crypto';
import type { ConversationRef, InboundMessage, OutboundReply } from '../channel/types.js';
import {
  conversationKey, type ClaimResult, type ConversationLog, type ConversationSummary, type FinishTurn, type StoredTurn,
  type TranscriptEntry, type TurnClaim,
} from './conversation-log.js';

interface Conversation {
  ref: ConversationRef;
  lastQuestion?: string;
  updatedAt: string;
  seq: number;
}

type Turn = { state: 'in-flight'; token: string; leaseUntil: number } | { state: 'done'; turn: StoredTurn };

/** In-memory twin of the conversation log, for tests and the contract suite. */
export class MemoryConversationLog implements ConversationLog {
  private readonly turns = new Map<string, Turn>();
  private readonly conversations = new Map<string, Conversation>();
  private readonly messages: (TranscriptEntry & { key: string; sourceId?: string })[] = [];
  private seq = 0;

  async claimTurn(input: { messageId: string; ref: ConversationRef; leaseMs: number }): Promise<ClaimResult> {
    const turn = this.turns.get(input.messageId);
    if (turn?.state === 'done') return { state: 'done', turn: structuredClone(turn.turn) };
    if (turn && turn.leaseUntil > Date.now()) return { state: 'in-flight' };
    const token = randomUUID();
    this.turns.set(input.messageId, { state: 'in-flight', token, leaseUntil: Date.now() + input.leaseMs });
    return { state: 'claimed', claim: { messageId: input.messageId, token } };
  }

  async finishTurn(f: FinishTurn): Promise<boolean> {
    const turn = this.turns.get(f.claim.messageId);
    if (turn?.state !== 'in-flight' || turn.token !== f.claim.token) return false;
    const key = conversationKey(f.msg.ref);
    this.touch(f.msg.ref, f.question);
    this.add(key, { direction: 'in', sourceId: f.msg.id, text: f.msg.text, lang: f.msg.lang, sender: f.msg.sender });
    const reply = f.turn.reply;
    if (reply && !f.turn.draftId) this.add(key, { direction: 'out', sourceId: reply.replyId, text: reply.text, lang: reply.lang, reply });
    this.turns.set(f.claim.messageId, { state: 'done', turn: structuredClone(f.turn) });
    return true;
  }

  async releaseTurn(claim: TurnClaim): Promise<void> {
    const turn = this.turns.get(claim.messageId);
    if (turn?.state === 'in-flight' && turn.token === claim.token) this.turns.delete(claim.messageId);
  }

  async storedTurn(messageId: string): Promise<StoredTurn | undefined> {
    const turn = this.turns.get(messageId);
    return turn?.state === 'done' ? structuredClone(turn.turn) : undefined;
  }

  async lastQuestion(ref: ConversationRef): Promise<string | undefined> {
    return this.conversations.get(conversationKey(ref))?.lastQuestion;
  }

  async recordOutbound(ref: ConversationRef, reply: OutboundReply): Promise<void> {
    const key = conversationKey(ref);
    if (reply.replyId && this.messages.some((m) => m.key === key && m.direction === 'out' && m.sourceId === reply.replyId)) return;
    this.touch(ref);
    this.add(key, { direction: 'out', sourceId: reply.replyId, text: reply.text, lang: reply.lang, reply });
  }

  async transcript(key: string, afterId = 0): Promise<TranscriptEntry[]> {
    return this.messages.filter((m) => m.key === key && m.id > afterId).map(({ key: _k, sourceId: _s, ...entry }) => structuredClone(entry));
  }

  async conversationRef(key: string): Promise<ConversationRef | undefined> {
    const c = this.conversations.get(key);
    return c && structuredClone(c.ref);
  }

  async listConversations(limit = 100): Promise<ConversationSummary[]> {
    return [...this.conversations.entries()]
      .sort(([, a], [, b]) => b.updatedAt.localeCompare(a.updatedAt) || b.seq - a.seq)
      .slice(0, limit)
      .map(([id, c]) => ({ id, channel: c.ref.channel, lastQuestion: c.lastQuestion, updatedAt: c.updatedAt, messages: this.messages.filter((m) => m.key === id).length }));
  }

  private touch(ref: ConversationRef, question?: string): void {
    const key = conversationKey(ref);
    const known = this.conversations.get(key);
    this.conversations.set(key, { ref: structuredClone(ref), lastQuestion: question ?? known?.lastQuestion, updatedAt: new Date().toISOString(), seq: known?.seq ?? ++this.seq });
  }

  private add(key: string, m: { direction: 'in' | 'out'; sourceId?: string; text: string; lang?: string; sender?: InboundMessage['sender']; reply?: OutboundReply }): void {
    this.messages.push({
      key, id: this.messages.length + 1, direction: m.direction, sourceId: m.sourceId, kind: m.reply?.kind, text: m.text, lang: m.lang,
      sender: m.sender && structuredClone(m.sender), reply: m.reply && structuredClone(m.reply), createdAt: new Date().toISOString(),
    });
  }
}
