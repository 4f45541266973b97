import type { OpenTicketInput, Ticket, TicketEvent, TicketFilter, TicketQueue } from './types.js';
import { assertTransition, EVENT_OF, formatTicketId, hoursSince, NEXT_STATUS, ticketNotFound, type TicketAction } from './transitions.js';

/** In-memory twin of the SQLite queue, for tests and the contract suite. */
export class MemoryTicketQueue implements TicketQueue {
  private readonly tickets = new Map<string, Ticket>();
  private readonly bySource = new Map<string, string>();
  private readonly log = new Map<string, TicketEvent[]>();

  async open(input: OpenTicketInput): Promise<Ticket> {
    const existing = this.bySource.get(input.sourceMessageId);
    if (existing) return structuredClone(this.tickets.get(existing)!);
    const now = new Date().toISOString();
    const ticket: Ticket = {
      id: formatTicketId(this.tickets.size + 1),
      sourceMessageId: input.sourceMessageId,
      status: 'open',
      category: input.category,
      lang: input.lang,
      question: input.question,
      channel: input.ref.channel,
      ref: input.ref,
      sender: input.sender,
      attachments: input.attachments ?? [],
      createdAt: now,
      updatedAt: now,
    };
    this.tickets.set(ticket.id, ticket);
    this.bySource.set(input.sourceMessageId, ticket.id);
    this.record(ticket.id, { type: 'opened', actor: input.sender.id, text: input.question });
    return structuredClone(ticket);
  }

  async get(id: string): Promise<Ticket | undefined> {
    const t = this.tickets.get(id);
    return t && structuredClone(t);
  }

  async list(filter: TicketFilter = {}): Promise<Ticket[]> {
    return [...this.tickets.values()]
      .filter((t) => !filter.status || filter.status.includes(t.status))
      .filter((t) => !filter.channel || t.channel === filter.channel)
      .filter((t) => !filter.category || t.category === filter.category)
      .filter((t) => !filter.conversationId || t.ref.conversationId === filter.conversationId)
      .filter((t) => filter.olderThanHours === undefined || hoursSince(t.createdAt) >= filter.olderThanHours)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
      .slice(0, filter.limit ?? Infinity)
      .map((t) => structuredClone(t));
  }

  claim(id: string, staff: string) {
    return this.transition(id, 'claim', staff, (t) => ({ ...t, claimedBy: staff }));
  }

  answer(id: string, staff: string, text: string) {
    return this.transition(id, 'answer', staff, (t) => ({ ...t, answeredBy: staff, answer: text, deliveredAt: undefined }), text);
  }

  close(id: string, staff: string) {
    return this.transition(id, 'close', staff, (t) => t);
  }

  reopen(id: string, actor: string, text?: string) {
    return this.transition(id, 'reopen', actor, (t) => ({ ...t, deliveredAt: undefined }), text);
  }

  async addMessage(id: string, actor: string, text: string): Promise<Ticket> {
    const t = this.mustGet(id);
    t.updatedAt = new Date().toISOString();
    this.record(id, { type: 'message', actor, text });
    return structuredClone(t);
  }

  async markDelivered(id: string): Promise<void> {
    const t = this.mustGet(id);
    t.deliveredAt = new Date().toISOString();
    this.record(id, { type: 'delivered' });
  }

  async markReminded(id: string): Promise<void> {
    this.mustGet(id).slaRemindedAt = new Date().toISOString();
    this.record(id, { type: 'reminded' });
  }

  async events(id: string): Promise<TicketEvent[]> {
    this.mustGet(id);
    return structuredClone(this.log.get(id) ?? []);
  }

  private async transition(id: string, action: TicketAction, actor: string, change: (t: Ticket) => Ticket, text?: string) {
    const current = this.mustGet(id);
    assertTransition(current, action, actor);
    const next = { ...change(current), status: NEXT_STATUS[action], updatedAt: new Date().toISOString() };
    this.tickets.set(id, next);
    this.record(id, { type: EVENT_OF[action], actor, text });
    return structuredClone(next);
  }

  private mustGet(id: string): Ticket {
    const t = this.tickets.get(id);
    if (!t) throw ticketNotFound(id);
    return t;
  }

  private record(id: string, event: Omit<TicketEvent, 'createdAt'>) {
    const list = this.log.get(id) ?? [];
    list.push({ ...event, createdAt: new Date().toISOString() });
    this.log.set(id, list);
  }
}
