import { recalledQuestion, rememberedQuestion } from './remembered-question.js';
import { randomUUID } from 'node:crypto';
import type { ChannelName, InboundMessage, OutboundReply } from '../channel/types.js';
import type { Logger } from '../logger.js';
import { markedLang, type ReplyLang } from '../replies/templates.js';
import { askerLang } from '../text/lang.js';
import { notice, type Assistant, type TurnOutcome } from './assistant.js';
import type { AuditLog } from './audit-log.js';
import { auditRecordOf } from './audit-record.js';
import type { ConversationLog, StoredTurn, TurnClaim } from './conversation-log.js';
import { inputKind, replyLang } from './input-policy.js';
import { lastResort, type LastResortDeps } from './last-resort.js';
import { sendAlways, type ReplyPolicy } from './reply-policy.js';

export interface TurnGatewayDeps extends LastResortDeps {
  assistant: Pick<Assistant, 'turn'>;
  conversations: ConversationLog;
  audit: Pick<AuditLog, 'record'>;
  /** Where a reply the channel's policy holds for approval waits (the draft queue). */
  hold: (input: { sourceMessageId: string; msg: InboundMessage; reply: OutboundReply }) => Promise<{ id: string }>;
  replyPolicies: Partial<Record<ChannelName, ReplyPolicy>>;
  logger: Logger;
  /** How long a turn may take before its retrieval, composer and LLM calls are aborted. */
  deadlineMs: number;
  /** How often a repeat polls for the reply another process is computing. */
  pollMs?: number;
}

export interface TurnObservation {
  channel: ChannelName;
  /** The reply's kind, 'none' when nothing was sent, 'repeat' for a repeat of a message. */
  kind: string;
  ms: number;
  failed: boolean;
}

export interface TurnOptions {
  /** Sends the reply on the channel (in the turn: the Teams context, a Slack post, a queued mail). */
  deliver?: (reply: OutboundReply) => Promise<unknown>;
  /** Calls `deliver` for repeats too: for channels whose delivery is idempotent on the reply (queued mail). */
  deliverRepeats?: boolean;
  signal?: AbortSignal;
}

export interface TurnResult {
  reply: OutboundReply | null;
  /** False for a repeat of a message already answered or being answered: the channel sends nothing. */
  fresh: boolean;
  /** The reply is held for staff approval as this draft. */
  draftId?: string;
  /** The turn failed; the reply is the failure notice and the message is kept as a ticket. */
  failed?: boolean;
  /** Another process holds the message and did not finish in time: nothing is known yet, try again later. */
  pending?: boolean;
}

/**
 * The one way into the core for every channel. `handle` claims the message id in the store before the
 * turn runs, so that a repeat — a Teams resend, a Slack retry, a mail seen again — during the turn waits
 * for its reply and after it gets the stored one, across restarts too; it applies the empty-input
 * policy, gives the turn a deadline, holds replies the channel's policy sends to staff first, and owns
 * the last-resort handler. Adapters keep no duplicate sets and no catch-alls of their own.
 */
export class TurnGateway {
  private readonly running = new Map<string, Promise<TurnResult>>();
  private readonly leaseMs: number;
  private readonly observers: ((turn: TurnObservation) => void)[] = [];

  constructor(private readonly deps: TurnGatewayDeps) {
    // A turn past its deadline is aborted, and its reply is sent within the channels' send timeouts: the
    // lease outlives both, so that a live turn is never taken over, and a dead one is soon after.
    this.leaseMs = deps.deadlineMs + 30_000;
  }

  readonly handle = async (msg: InboundMessage, opts: TurnOptions = {}): Promise<TurnResult> => {
    const started = performance.now();
    const earlier = this.running.get(msg.id);
    const first = earlier ? undefined : this.claimAndRun(msg, opts);
    if (first) this.running.set(msg.id, first);
    try {
      const result = first ? await first : await this.repeat(await earlier!, opts);
      this.observe(msg, result, started);
      return result;
    } finally {
      if (first) this.running.delete(msg.id);
    }
  };

  /** Tells `fn` of every turn when it ends (the /metrics counters and latency histogram). */
  onTurn(fn: (turn: TurnObservation) => void): void {
    this.observers.push(fn);
  }

  /** Turns running in this process now. */
  inFlight(): number {
    return this.running.size;
  }

  /** Waits until the turns running now have ended (a graceful stop), at most `timeoutMs`; false when some had not. */
  async drain(timeoutMs: number): Promise<boolean> {
    const timeout = new Promise<false>((resolve) => setTimeout(resolve, timeoutMs, false).unref());
    const all = Promise.allSettled([...this.running.values()]).then(() => true);
    return Promise.race([all, timeout]);
  }

  private observe(msg: InboundMessage, result: TurnResult, started: number): void {
    const kind = !result.fresh ? 'repeat' : (result.reply?.kind ?? 'none');
    const turn = { channel: msg.ref.channel, kind, ms: performance.now() - started, failed: result.failed === true };
    for (const fn of this.observers) fn(turn);
  }

  private async claimAndRun(msg: InboundMessage, opts: TurnOptions): Promise<TurnResult> {
    const log = this.deps.logger.child({ channel: msg.ref.channel, conversationId: msg.ref.conversationId, messageId: msg.id });
    const claimed = await this.claim(msg);
    if ('claim' in claimed) return this.run(msg, claimed.claim, opts, log);
    log.info('repeat of a message already answered or being answered; nothing sent again');
    return this.repeat(resultOf(claimed.turn), opts);
  }

  /**
   * The claim, or the stored turn. A turn in flight in another process is waited for: it finishes, or its
   * process died and its lease runs out, and then this one takes it over.
   */
  private async claim(msg: InboundMessage): Promise<{ claim: TurnClaim } | { turn: StoredTurn | undefined }> {
    const giveUpAt = Date.now() + this.leaseMs;
    for (;;) {
      const c = await this.deps.conversations.claimTurn({ messageId: msg.id, ref: msg.ref, leaseMs: this.leaseMs });
      if (c.state === 'claimed') return { claim: c.claim };
      if (c.state === 'done') return { turn: c.turn };
      if (Date.now() > giveUpAt) return { turn: undefined };
      await new Promise((resolve) => setTimeout(resolve, this.deps.pollMs ?? 250));
    }
  }

  private async run(msg: InboundMessage, claim: TurnClaim, opts: TurnOptions, log: Logger): Promise<TurnResult> {
    const lang = await this.langOf(msg);
    const deadline = AbortSignal.timeout(this.deps.deadlineMs);
    const signal = opts.signal ? AbortSignal.any([opts.signal, deadline]) : deadline;
    try {
      const outcome = await this.decide(msg, lang, signal);
      const reply = { ...outcome.reply, replyId: randomUUID() };
      await this.deps.audit.record(auditRecordOf(msg, reply, outcome));
      const draftId = await this.holdIfPolicySays(msg, reply);
      const finished = await this.deps.conversations.finishTurn({ claim, msg: { ...msg, lang: markedLang(lang) }, turn: { reply, draftId }, question: rememberedQuestion(outcome.resolvedQuestion, outcome.answeredEvent) });
      // Our lease ran out and another process took the message over: its reply is the one.
      if (!finished) return { reply: null, fresh: false, pending: true };
      if (!draftId) await opts.deliver?.(reply);
      log.info({ kind: reply.kind, intent: outcome.intent, draftId, citations: reply.kind === 'answer' ? reply.citations.length : 0 }, 'replied');
      return { reply, fresh: true, draftId };
    } catch (err) {
      const reply = await lastResort(this.deps, { msg, claim, err, lang, deliver: opts.deliver, log });
      return { reply, fresh: true, failed: true };
    }
  }

  /**
   * Empty input gets the help text, attachments the channel cannot read the notice saying so (each in
   * both languages when nothing tells which); the rest is the assistant's.
   */
  private async decide(msg: InboundMessage, lang: ReplyLang, signal: AbortSignal): Promise<TurnOutcome> {
    const kind = inputKind(msg);
    if (kind === 'empty') return { reply: notice('help', lang) };
    if (kind === 'unreadable') return { reply: notice('unreadable', lang) };
    return this.deps.assistant.turn(msg, { lang, signal });
  }

  private async holdIfPolicySays(msg: InboundMessage, reply: OutboundReply): Promise<string | undefined> {
    const policy = this.deps.replyPolicies[msg.ref.channel] ?? sendAlways;
    if (policy(msg, reply).action === 'send') return undefined;
    return (await this.deps.hold({ sourceMessageId: msg.id, msg, reply })).id;
  }

  /** A button press carries no text: it is answered in the language of the conversation's last question. */
  private async langOf(msg: InboundMessage): Promise<ReplyLang> {
    const lang = replyLang(msg);
    if (lang !== 'both' || !msg.action) return lang;
    const last = await this.deps.conversations.lastQuestion(msg.ref).catch(() => undefined);
    const question = recalledQuestion(last).question;
    return question ? askerLang(question) : 'both';
  }

  private async repeat(result: TurnResult, opts: TurnOptions): Promise<TurnResult> {
    if (opts.deliverRepeats && result.reply && !result.draftId) await opts.deliver?.(result.reply);
    return { ...result, fresh: false };
  }
}

function resultOf(turn: StoredTurn | undefined): TurnResult {
  if (!turn) return { reply: null, fresh: false, pending: true };
  return { reply: turn.reply, fresh: false, ...(turn.draftId ? { draftId: turn.draftId } : {}) };
}
