import { combineAnswers, type PartAnswer } from '../answer/combine.js';
import type { AnswerComposer, ComposedAnswer } from '../answer/types.js';
import type { InboundMessage, Lang, OutboundReply } from '../channel/types.js';
import { asksStaff } from '../intents/classify.js';
import type { Intent } from '../intents/types.js';
import { inContext, letterQuestions, type LetterQuestion } from '../question/letter.js';
import { categoryLabel } from '../replies/category-labels.js';
import { markedLang, renderReplyText, renderTemplate, type ReplyLang, type TemplateName } from '../replies/templates.js';
import type { SearchEngine } from '../retrieval/index.js';
import { answeredEvent as answeredEventOf } from '../question/answered-event.js';
import { withDescribedEventNamed } from './described-event-named.js';
import { questionsOfRecord } from './questions-of-record.js';
import type { ScoredPassage } from '../retrieval/types.js';
import { hoursSince } from '../tickets/transitions.js';
import type { OpenTicketInput, Ticket, TicketQueue } from '../tickets/types.js';
import type { AuditLog } from './audit-log.js';
import type { ConversationLog } from './conversation-log.js';
import { escalatedQuestion } from './escalation.js';
import { asFollowUpOf } from './follow-up-part.js';
import { decideByIntent, type NoPositionPolicy } from './escalation-policy.js';
import { PartAnswerer } from './part-answerer.js';
import { readTurn } from './read-turn.js';
import { readableAttachments } from './input-policy.js';

export interface AssistantDeps {
  search: Pick<SearchEngine, 'search'> & Partial<Pick<SearchEngine, 'passagesOf' | 'questionConcepts'>>;
  composer: AnswerComposer;
  tickets: TicketQueue;
  conversations: Pick<ConversationLog, 'lastQuestion'>;
  audit: Pick<AuditLog, 'get' | 'recordFeedback'>;
  noPositionPolicy: NoPositionPolicy;
  /** Told of every ticket a turn opens (staff notifications). */
  onTicketOpened?: (ticket: Ticket) => Promise<void>;
  /** Told when an asker's message joins or reopens a ticket. */
  onTicketUpdated?: (ticket: Ticket) => Promise<void>;
}

/** A request within two weeks of a staff answer reopens that ticket rather than starting a new one. */
const REOPEN_WITHIN_HOURS = 14 * 24;

/**
 * Requests whose wording a question of fact shares (attending, representing, who is responsible): tried
 * against the record first. A document request has its own path; a submission's words asked of a body of
 * record ("what's the ARCP's contribution to the GCM") are a question too.
 */
const RECORD_FIRST: ReadonlySet<Intent> = new Set(['registration', 'ask-person', 'submission']);

type AnswerReply = Extract<OutboundReply, { kind: 'answer' }>;

/** What the corpus holds for a message; `escalate`: nothing was retrieved, a case for staff. */
interface Recorded {
  reply?: AnswerReply;
  resolvedQuestion: string;
  passages: ScoredPassage[];
  composed?: ComposedAnswer;
  escalate: boolean;
}

/** What a turn decided, with everything its audit record needs; the gateway gives the reply its id. */
export interface TurnOutcome {
  reply: OutboundReply;
  intent?: string;
  resolvedQuestion?: string;
  /** The reply a button press was about. */
  aboutReplyId?: string;
  passages?: ScoredPassage[];
  composed?: ComposedAnswer;
  /** The event the answer named when the question asked which one (answered-event.ts), for "it" in the next turn. */
  answeredEvent?: string;
}

export interface TurnContext {
  lang: ReplyLang;
  signal: AbortSignal;
  /** A mail's subject line, or the question a chat turn follows up: what its questions may point back to. */
  subject?: string;
  followsUp?: boolean;
}

/**
 * What the assistant does with one message, the same for every channel: classify → retrieve → compose →
 * decide → reply. Claims, repeats, empty input, failures and delivery are the gateway's
 * (turn-gateway.ts); this class only decides.
 */
export class Assistant {
  private readonly parts: PartAnswerer;

  constructor(private readonly deps: AssistantDeps) {
    this.parts = new PartAnswerer(deps);
  }

  async turn(msg: InboundMessage, turnCtx: TurnContext): Promise<TurnOutcome> {
    let ctx = msg.subject ? { ...turnCtx, subject: msg.subject } : turnCtx;
    const action = msg.action;
    if (action?.type === 'feedback') return this.feedback(msg, action.replyId, action.helpful, ctx.lang);
    if (action?.type === 'ask-secretariat') return this.escalate(msg, action, ctx.lang);
    if (!msg.text.trim()) return this.documentsOnly(msg, ctx.lang);
    // A follow-up is read with the previous question before anything is decided (read-turn.ts).
    const read = readTurn(msg.text, await this.deps.conversations.lastQuestion(msg.ref), { hasAttachments: readableAttachments(msg).length > 0 });
    const { followUp, intent: { intent, factQuestion, mayBeOnRecord } } = read;
    const resolved = followUp.text;
    // "Who opened it?": the previous question says what "it" is, as a mail's subject would.
    if (followUp.context && !ctx.subject) ctx = { ...ctx, subject: followUp.context, followsUp: true };
    const decision = decideByIntent(intent, this.deps.noPositionPolicy);
    switch (decision.action) {
      case 'help':
        return { reply: notice('help', ctx.lang), intent };
      case 'feedback':
        return { reply: notice('feedback-thanks', ctx.lang), intent };
      case 'ticket':
        return this.request(msg, { resolved, intent, factQuestion: factQuestion === true }, ctx);
      case 'no-position':
        return this.outOfScope(msg, { resolved, intent, mayBeOnRecord: mayBeOnRecord === true, openTicket: decision.openTicket }, ctx);
      case 'answer': {
        const answered = await this.answer(resolved, msg, ctx);
        // What the conversation remembers for the next follow-up is the question with what it pointed to:
        // after "when was the 9th meeting held?", «ووين؟», «ومين افتتحه؟» is still about the 9th meeting.
        // Its question marks dropped, the context is not read as another question of a letter.
        const remembered = followUp.context ? inContext({ text: resolved, context: followUp.context.replace(/[?؟]+/gu, '') }) : undefined;
        // "Which ARCP meeting prepared states for the first IMRF?": "was it face to face?" next asks of the meeting answered.
        const one = answered.reply?.kind === 'answer' && answered.resolvedQuestion !== undefined && !answered.resolvedQuestion.includes('\n');
        const answeredEvent = one ? answeredEventOf(answered.resolvedQuestion!, answered.reply!.text) : undefined;
        return { ...answered, ...(remembered && answered.resolvedQuestion ? { resolvedQuestion: remembered } : {}), ...(answeredEvent ? { answeredEvent } : {}), intent };
      }
    }
  }

  /**
   * A request goes to staff. A question of fact that only reads like one ("who attended the 10th meeting?",
   * «قديش كان عدد المشاركين بمشاورة بيروت؟») is answered from the record when the record answers it, with no ticket;
   * a request for a document gets what the record holds of it beside the ticket.
   */
  private async request(msg: InboundMessage, asked: { resolved: string; intent: Intent; factQuestion: boolean }, ctx: TurnContext): Promise<TurnOutcome> {
    const { resolved, intent } = asked;
    const followUp = await this.followUpOnTicket(msg, ctx.lang);
    if (followUp) return { reply: followUp, intent };
    if (asked.factQuestion && RECORD_FIRST.has(intent)) {
      const { escalate, ...found } = await this.recorded(resolved, ctx);
      if (found.reply) return { ...found, reply: found.reply, intent: 'position-question' };
      // "How many delegates attended the 7th meeting?" is a question the record does not answer, said so
      // and offered to staff as one; a ticket for a registration misnamed what was asked.
      const openTicket = escalate && this.deps.noPositionPolicy === 'ticket';
      return { ...found, reply: await this.noPosition(msg, ctx.lang, openTicket, found.resolvedQuestion), intent: 'position-question' };
    }
    const ticket = await this.openTicket(msg, ctx.lang, intent, msg.text);
    if (intent === 'document-request') return { ...(await this.withRecord(ticket, resolved, ctx)), intent };
    // "We wish to register two delegates…; could you also confirm where the 11th meeting was held?": the
    // questions of record a request also asks are answered beside its ticket (only the ticket came back).
    const alsoAsked = intent === 'submission' ? undefined : questionsOfRecord(msg.text);
    return alsoAsked ? { ...(await this.withRecord(ticket, alsoAsked, ctx)), intent } : { reply: ticket, intent };
  }

  /**
   * Outside the assistant's subject: "no established position". A question of fact that is out of scope
   * only for want of a domain word ("who is Enas El-Fergany?") is answered when the record answers it.
   */
  private async outOfScope(msg: InboundMessage, asked: { resolved: string; intent: Intent; mayBeOnRecord: boolean; openTicket: boolean }, ctx: TurnContext): Promise<TurnOutcome> {
    if (asked.mayBeOnRecord) {
      const { escalate: _outOfScopeInstead, ...found } = await this.recorded(asked.resolved, ctx);
      if (found.reply) return { ...found, reply: found.reply, intent: 'position-question' };
    }
    return { reply: await this.noPosition(msg, ctx.lang, asked.openTicket, msg.text), intent: asked.intent };
  }

  private async answer(resolved: string, msg: InboundMessage, ctx: TurnContext): Promise<Omit<TurnOutcome, 'intent'>> {
    const { escalate, ...found } = await this.recorded(resolved, ctx);
    if (found.reply) return { ...found, reply: found.reply };
    // Nothing retrieved at all goes to staff under the no-position policy; a composer that found nothing
    // to quote in what was retrieved says so without a ticket.
    const openTicket = escalate && this.deps.noPositionPolicy === 'ticket';
    return { ...found, reply: await this.noPosition(msg, ctx.lang, openTicket, found.resolvedQuestion) };
  }

  /**
   * What the corpus answers to a message, with no ticket opened: a letter asking several questions gets
   * each answered in turn; one question is asked without the salutations, courtesy and signature around it.
   */
  private async recorded(asked: string, turnCtx: TurnContext): Promise<Recorded> {
    const named = await withDescribedEventNamed(asked, { subject: turnCtx.subject, lang: markedLang(turnCtx.lang), signal: turnCtx.signal }, (q, lang, signal) => this.parts.answer(q, lang, signal));
    // (Named, the event is the subject: the question before, which only said which one, is not searched again.)
    const ctx = named.leanedOn ? { ...turnCtx, subject: undefined, followsUp: undefined } : turnCtx;
    const resolved = named.text;
    const questions = letterQuestions(resolved, { subject: ctx.subject, followsUp: ctx.followsUp });
    if (questions.length > 1) return this.recordedEach(questions, ctx);
    return this.recordedOne(questions[0] ?? { text: resolved }, ctx);
  }

  private async recordedEach(questions: LetterQuestion[], ctx: TurnContext): Promise<Recorded> {
    const lang = markedLang(ctx.lang);
    const parts: PartAnswer[] = [];
    const passages: ScoredPassage[] = [];
    let answeredEvent: string | undefined;
    for (const [i, asked] of questions.entries()) {
      const next = i > 0 ? asFollowUpOf(asked, questions[i - 1]!) : asked;
      // «الاجتماع الثامن كان تحضير لأي منتدى؟ ووين انعقد هالمنتدى؟»: a part that leans on one asking which event asks
      // of the event that part's answer named (the first IMRF), not of what that part named (the 8th meeting).
      const q = answeredEvent && next.context === questions[i - 1]!.text ? { ...next, context: answeredEvent } : next;
      // "Fourth, please provide the names and telephone numbers of the focal points" is for staff: no sentence naming focal points answers it.
      const found = asksStaff(q.text) ? undefined : await this.parts.answer(q, lang, ctx.signal);
      passages.push(...(found?.results ?? []));
      const answer = found?.composed?.coverage === 'none' ? undefined : found?.composed;
      parts.push({ label: q.label ?? String(i + 1), answer });
      answeredEvent = answer?.citations.length ? answeredEventOf(q.text, answer.text) : undefined;
    }
    // Each part with what it was asked of: after "8th ARCP mtg - date & format?", "who spoke for IOM there" is of
    // the 8th meeting, not of "date" and "format".
    const resolvedQuestion = questions.map((q) => (q.context ? inContext(q) : q.text)).join('\n');
    const combined = combineAnswers(parts, lang);
    if (combined.citations.length === 0) return { resolvedQuestion, passages, escalate: true };
    const reply: AnswerReply = {
      kind: 'answer', lang, text: combined.text, citations: combined.citations, confidence: combined.confidence,
      ...(combined.partial ? { coverage: 'partial' as const, offerTicket: true } : {}),
    };
    return { reply, resolvedQuestion, passages, escalate: false };
  }

  private async recordedOne(asked: LetterQuestion, ctx: TurnContext): Promise<Recorded> {
    const lang = markedLang(ctx.lang);
    const question = asked.text;
    const { results, composed } = await this.parts.answer(asked, lang, ctx.signal);
    const base = { resolvedQuestion: question, passages: results, composed };
    if (!composed) return { ...base, escalate: true };
    if (composed.citations.length === 0 || composed.text.trim() === '') return { ...base, escalate: false };
    // A partial answer says what is not on record; the asker may pass that part to the secretariat.
    const partial = composed.coverage === 'partial';
    const reply: AnswerReply = {
      kind: 'answer', lang, text: composed.text, citations: composed.citations, confidence: composed.confidence,
      ...(partial ? { coverage: 'partial' as const, offerTicket: true } : {}),
    };
    return { ...base, reply, escalate: false };
  }

  /**
   * A request for a document goes to staff, and what the corpus records of that document answers the
   * asker at once («send me the 2023 statement, or at least what it covered»; a letter asking for a
   * statement and about it): the record first, then the ticket. Partial by nature: the document itself
   * is what staff send.
   */
  private async withRecord(ticket: OutboundReply & { kind: 'ticket' }, request: string | LetterQuestion[], ctx: TurnContext): Promise<Omit<TurnOutcome, 'intent'>> {
    const asked = typeof request === 'string' ? this.recorded(request, ctx) : request.length > 1 ? this.recordedEach(request, ctx) : this.recorded(request[0]!.text, ctx);
    const { escalate: _nothingToEscalate, ...found } = await asked;
    if (!found.reply) return { reply: ticket, passages: found.passages };
    const { offerTicket: _alreadyOpened, ...answer } = found.reply;
    const reply: OutboundReply = { ...answer, text: `${answer.text}\n\n${ticket.text}`, coverage: 'partial', ticketId: ticket.ticketId };
    return { ...found, reply };
  }

  /** "Ask the secretariat": a ticket for the question of the reply the button sits under. */
  private async escalate(msg: InboundMessage, action: Extract<InboundMessage['action'], { type: 'ask-secretariat' }>, lang: ReplyLang): Promise<TurnOutcome> {
    const question = await escalatedQuestion(this.deps.audit, action);
    // A button whose reply is unknown and that carries no question: ask the person to write it.
    if (!question) return { reply: notice('help', lang), aboutReplyId: action.replyId };
    return { reply: await this.openTicket(msg, lang, 'position-question', question), intent: 'position-question', aboutReplyId: action.replyId };
  }

  /** Documents sent without a word are a submission: a ticket, so that staff receive them. */
  private async documentsOnly(msg: InboundMessage, lang: ReplyLang): Promise<TurnOutcome> {
    const names = (msg.attachments ?? []).map((a) => a.filename).join(', ');
    return { reply: await this.openTicket(msg, lang, 'submission', names), intent: 'submission' };
  }

  private async noPosition(msg: InboundMessage, lang: ReplyLang, openTicket: boolean, question: string): Promise<OutboundReply> {
    if (!openTicket) return { kind: 'no-position', lang: markedLang(lang), text: renderReplyText('no-position', lang), offerTicket: true };
    const ticket = await this.createTicket(this.ticketInput(msg, lang, 'no-position', question));
    return { kind: 'no-position', lang: markedLang(lang), ticketId: ticket.id, text: renderReplyText('no-position-ticket', lang, { ticketId: ticket.id }) };
  }

  private async openTicket(msg: InboundMessage, lang: ReplyLang, category: Intent, question: string): Promise<OutboundReply & { kind: 'ticket' }> {
    const ticket = await this.createTicket(this.ticketInput(msg, lang, category, question));
    const text = (l: Lang) => renderTemplate('ticket-opened', l, { ticketId: ticket.id, category: categoryLabel(category, l) });
    return { kind: 'ticket', lang: markedLang(lang), ticketId: ticket.id, text: lang === 'both' ? `${text('ar')}\n\n${text('en')}` : text(lang) };
  }

  /**
   * A request from an asker whose conversation already has a ticket in progress joins that ticket (and
   * reopens it when staff had answered it recently) instead of opening a second one.
   */
  private async followUpOnTicket(msg: InboundMessage, lang: ReplyLang): Promise<OutboundReply | undefined> {
    const { channel, conversationId } = msg.ref;
    const latest = (await this.deps.tickets.list({ channel, conversationId })).at(-1);
    if (!latest) return undefined;
    const recentlyAnswered = latest.status === 'answered' && hoursSince(latest.updatedAt) <= REOPEN_WITHIN_HOURS;
    let updated: Ticket;
    if (latest.status === 'open' || latest.status === 'claimed') updated = await this.deps.tickets.addMessage(latest.id, msg.sender.id, msg.text);
    else if (recentlyAnswered) updated = await this.deps.tickets.reopen(latest.id, msg.sender.id, msg.text);
    else return undefined;
    await this.deps.onTicketUpdated?.(updated);
    return { kind: 'ticket', lang: markedLang(lang), ticketId: latest.id, text: renderReplyText('ticket-followup', lang, { ticketId: latest.id }) };
  }

  private async createTicket(input: OpenTicketInput): Promise<Ticket> {
    const ticket = await this.deps.tickets.open(input);
    await this.deps.onTicketOpened?.(ticket);
    return ticket;
  }

  private ticketInput(msg: InboundMessage, lang: ReplyLang, category: string, question: string): OpenTicketInput {
    return { sourceMessageId: msg.id, ref: msg.ref, sender: msg.sender, question, lang: markedLang(lang), category, attachments: readableAttachments(msg) };
  }

  private async feedback(msg: InboundMessage, replyId: string, helpful: boolean, lang: ReplyLang): Promise<TurnOutcome> {
    await this.deps.audit.recordFeedback(replyId, helpful, msg.sender.id);
    if (helpful) return { reply: notice('feedback-thanks', lang), aboutReplyId: replyId };
    return { reply: { kind: 'no-position', lang: markedLang(lang), offerTicket: true, text: renderReplyText('feedback-offer', lang) }, aboutReplyId: replyId };
  }
}

export function notice(name: TemplateName, lang: ReplyLang): OutboundReply {
  return { kind: 'notice', lang: markedLang(lang), text: renderReplyText(name, lang) };
}
