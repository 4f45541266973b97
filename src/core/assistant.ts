import { randomUUID } from 'node:crypto';
import type { InboundMessage, Lang, OutboundReply } from '../channel/types.js';
import type { AnswerComposer, ComposedAnswer } from '../answer/types.js';
import { categoryLabel } from '../answer/category-labels.js';
import { combineAnswers, type PartAnswer } from '../answer/combine.js';
import { letterQuestions, type LetterQuestion } from '../question/letter.js';
import { renderTemplate } from '../answer/templates.js';
import type { Logger } from '../logger.js';
import type { SearchEngine } from '../retrieval/index.js';
import type { ScoredPassage } from '../retrieval/types.js';
import { conversationKey, type AuditRecord, type ConversationStore } from '../store/conversation-store.js';
import { hoursSince } from '../tickets/transitions.js';
import type { OpenTicketInput, Ticket, TicketQueue } from '../tickets/types.js';
import { detectLang } from '../text/lang.js';
import { decideByIntent, type NoPositionPolicy } from './escalation-policy.js';
import type { Intent } from './intent-types.js';
import { classifyIntent } from './intents.js';
import { resolveFollowUp } from './followup.js';

export interface AssistantDeps {
  search: Pick<SearchEngine, 'search'> & Partial<Pick<SearchEngine, 'passagesOf'>>;
  composer: AnswerComposer;
  tickets: TicketQueue;
  conversations: ConversationStore;
  logger: Logger;
  noPositionPolicy: NoPositionPolicy;
  /** Told of every ticket a turn opens (staff notifications). */
  onTicketOpened?: (ticket: Ticket) => Promise<void>;
  /** Told when an asker's message joins or reopens a ticket. */
  onTicketUpdated?: (ticket: Ticket) => Promise<void>;
}

/** A request within two weeks of a staff answer reopens that ticket rather than starting a new one. */
const REOPEN_WITHIN_HOURS = 14 * 24;

/** What a turn produced, with everything the audit record needs. */
interface TurnOutcome {
  reply: OutboundReply;
  intent?: string;
  resolvedQuestion?: string;
  passages?: ScoredPassage[];
  composed?: ComposedAnswer;
}

/**
 * One turn of the assistant, the same for every channel: classify → retrieve → compose → decide → reply.
 * Each inbound message is processed once; a repeat of an id already processed returns null.
 */
export class Assistant {
  constructor(private readonly deps: AssistantDeps) {}

  readonly handle = async (msg: InboundMessage, signal?: AbortSignal): Promise<OutboundReply | null> => {
    const log = this.deps.logger.child({ channel: msg.ref.channel, conversationId: msg.ref.conversationId, messageId: msg.id });
    if (this.deps.conversations.processedReply(msg.id) !== undefined) {
      log.info('duplicate message ignored');
      return null;
    }
    // A button press carries no text: answer in the language of the conversation's last question.
    const lang: Lang = msg.lang ?? detectLang(msg.text.trim() || (this.deps.conversations.lastQuestion(msg.ref) ?? ''));
    const outcome = await this.turn({ ...msg, lang }, lang, signal);
    const reply = { ...outcome.reply, replyId: outcome.reply.replyId ?? randomUUID() };
    this.deps.conversations.recordTurn(msg, reply, this.auditOf(msg, lang, reply, outcome), outcome.resolvedQuestion);
    log.info({ kind: reply.kind, intent: outcome.intent, citations: reply.kind === 'answer' ? reply.citations.length : 0 }, 'replied');
    return reply;
  };

  private async turn(msg: InboundMessage, lang: Lang, signal?: AbortSignal): Promise<TurnOutcome> {
    if (msg.action?.type === 'feedback') return { reply: this.feedback(msg, msg.action.replyId, msg.action.helpful, lang) };
    if (msg.action?.type === 'ask-secretariat') {
      const question = msg.action.question ?? this.deps.conversations.lastQuestion(msg.ref) ?? msg.text;
      return { reply: await this.openTicket(msg, lang, 'position-question', question), intent: 'position-question' };
    }
    // A follow-up ("and in 2024?") is read with the previous question before anything is decided.
    const resolved = resolveFollowUp(msg.text, this.deps.conversations.lastQuestion(msg.ref)).text;
    const { intent } = classifyIntent(resolved, { hasAttachments: Boolean(msg.attachments?.length) });
    const decision = decideByIntent(intent, this.deps.noPositionPolicy);
    switch (decision.action) {
      case 'help':
        return { reply: { kind: 'notice', lang, text: renderTemplate('help', lang, {}) }, intent };
      case 'feedback':
        return { reply: { kind: 'notice', lang, text: renderTemplate('feedback-thanks', lang, {}) }, intent };
      case 'ticket':
        return { reply: (await this.followUpOnTicket(msg, lang)) ?? (await this.openTicket(msg, lang, intent, msg.text)), intent };
      case 'no-position':
        return { reply: await this.noPosition(msg, lang, decision.openTicket, msg.text), intent };
      case 'answer':
        return { ...(await this.answer(resolved, lang, msg, signal)), intent };
    }
  }

  private async answer(resolved: string, lang: Lang, msg: InboundMessage, signal?: AbortSignal): Promise<Omit<TurnOutcome, 'intent'>> {
    // A letter asking several questions gets each answered in turn; one question is asked without the
    // salutations, courtesy and signature around it.
    const questions = letterQuestions(resolved);
    if (questions.length > 1) return this.answerEach(questions, lang, msg, signal);
    return this.answerOne(questions[0]?.text ?? resolved, lang, msg, signal);
  }

  private async answerEach(questions: LetterQuestion[], lang: Lang, msg: InboundMessage, signal?: AbortSignal): Promise<Omit<TurnOutcome, 'intent'>> {
    const parts: PartAnswer[] = [];
    const passages: ScoredPassage[] = [];
    for (const [i, q] of questions.entries()) {
      const { results, composed } = await this.retrieveAndCompose(q.text, lang, signal);
      passages.push(...results);
      parts.push({ label: q.label ?? String(i + 1), answer: composed?.coverage === 'none' ? undefined : composed });
    }
    const resolvedQuestion = questions.map((q) => q.text).join('\n');
    const combined = combineAnswers(parts, lang);
    if (combined.citations.length === 0) return { reply: await this.noPosition(msg, lang, this.deps.noPositionPolicy === 'ticket', resolvedQuestion), resolvedQuestion, passages };
    const reply: OutboundReply = {
      kind: 'answer',
      lang,
      text: combined.text,
      citations: combined.citations,
      confidence: combined.confidence,
      ...(combined.partial ? { coverage: 'partial' as const, offerTicket: true } : {}),
    };
    return { reply, resolvedQuestion, passages };
  }

  private async retrieveAndCompose(question: string, lang: Lang, signal?: AbortSignal): Promise<{ results: ScoredPassage[]; composed?: ComposedAnswer }> {
    const { results, abstain, understood } = await this.deps.search.search({ text: question, lang }, { limit: 8, signal });
    if (abstain || results.length === 0) return { results };
    const documentPassages = this.deps.search.passagesOf?.bind(this.deps.search);
    const input = { question, understood: understood?.text, lang, passages: results, documentPassages };
    return { results, composed: await this.deps.composer.compose(input, signal) };
  }

  private async answerOne(question: string, lang: Lang, msg: InboundMessage, signal?: AbortSignal): Promise<Omit<TurnOutcome, 'intent'>> {
    const { results, composed } = await this.retrieveAndCompose(question, lang, signal);
    const base = { resolvedQuestion: question, passages: results, composed };
    if (!composed) return { ...base, reply: await this.noPosition(msg, lang, this.deps.noPositionPolicy === 'ticket', question) };
    if (composed.citations.length === 0 || composed.text.trim() === '') return { ...base, reply: await this.noPosition(msg, lang, false, question) };
    // A partial answer says what is not on record; the asker may pass that part to the secretariat.
    const partial = composed.coverage === 'partial';
    const reply: OutboundReply = {
      kind: 'answer',
      lang,
      text: composed.text,
      citations: composed.citations,
      confidence: composed.confidence,
      ...(partial ? { coverage: 'partial' as const, offerTicket: true } : {}),
    };
    return { ...base, reply };
  }

  private async noPosition(msg: InboundMessage, lang: Lang, openTicket: boolean, question: string): Promise<OutboundReply> {
    if (!openTicket) return { kind: 'no-position', lang, text: renderTemplate('no-position', lang, {}), offerTicket: true };
    const ticket = await this.createTicket(this.ticketInput(msg, lang, 'no-position', question));
    return { kind: 'no-position', lang, ticketId: ticket.id, text: renderTemplate('no-position-ticket', lang, { ticketId: ticket.id }) };
  }

  private async openTicket(msg: InboundMessage, lang: Lang, category: Intent, question: string): Promise<OutboundReply> {
    const ticket = await this.createTicket(this.ticketInput(msg, lang, category, question));
    const label = categoryLabel(category, lang);
    return { kind: 'ticket', lang, ticketId: ticket.id, text: renderTemplate('ticket-opened', lang, { ticketId: ticket.id, category: label }) };
  }

  /**
   * A request from an asker whose conversation already has a ticket in progress joins that ticket (and
   * reopens it when staff had answered it recently) instead of opening a second one.
   */
  private async followUpOnTicket(msg: InboundMessage, lang: Lang): Promise<OutboundReply | undefined> {
    const { channel, conversationId } = msg.ref;
    const latest = (await this.deps.tickets.list({ channel, conversationId })).at(-1);
    if (!latest) return undefined;
    const recentlyAnswered = latest.status === 'answered' && hoursSince(latest.updatedAt) <= REOPEN_WITHIN_HOURS;
    let updated: Ticket;
    if (latest.status === 'open' || latest.status === 'claimed') updated = await this.deps.tickets.addMessage(latest.id, msg.sender.id, msg.text);
    else if (recentlyAnswered) updated = await this.deps.tickets.reopen(latest.id, msg.sender.id, msg.text);
    else return undefined;
    await this.deps.onTicketUpdated?.(updated);
    return { kind: 'ticket', lang, ticketId: latest.id, text: renderTemplate('ticket-followup', lang, { ticketId: latest.id }) };
  }

  private async createTicket(input: OpenTicketInput): Promise<Ticket> {
    const ticket = await this.deps.tickets.open(input);
    await this.deps.onTicketOpened?.(ticket);
    return ticket;
  }

  private ticketInput(msg: InboundMessage, lang: Lang, category: string, question: string): OpenTicketInput {
    return { sourceMessageId: msg.id, ref: msg.ref, sender: msg.sender, question, lang, category, attachments: msg.attachments };
  }

  private feedback(msg: InboundMessage, replyId: string, helpful: boolean, lang: Lang): OutboundReply {
    this.deps.conversations.recordFeedback(replyId, helpful, msg.sender.id);
    if (helpful) return { kind: 'notice', lang, text: renderTemplate('feedback-thanks', lang, {}) };
    return { kind: 'no-position', lang, offerTicket: true, text: renderTemplate('feedback-offer', lang, {}) };
  }

  private auditOf(msg: InboundMessage, lang: Lang, reply: OutboundReply, o: TurnOutcome): AuditRecord {
    return {
      id: reply.replyId!,
      conversationId: conversationKey(msg.ref),
      channel: msg.ref.channel,
      sourceId: msg.id,
      sender: msg.sender,
      question: msg.text,
      resolvedQuestion: o.resolvedQuestion,
      lang,
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
}
