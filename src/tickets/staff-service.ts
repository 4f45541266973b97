import { randomUUID } from 'node:crypto';
import type { OutboundReply } from '../channel/types.js';
import type { ChannelRegistry } from '../channel/registry.js';
import { renderTemplate } from '../answer/templates.js';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { ConversationStore } from '../store/conversation-store.js';
import type { StaffNotifier } from './staff-notifier.js';
import { hoursSince } from './transitions.js';
import type { Ticket, TicketQueue } from './types.js';

export interface StaffServiceDeps {
  tickets: TicketQueue;
  channels: ChannelRegistry;
  conversations: ConversationStore;
  logger: Logger;
  slaHours: number;
}

export interface DeliveryResult {
  ticket: Ticket;
  delivered: boolean;
  error?: string;
}

/**
 * What staff do with tickets, from any staff surface (console, Teams or Slack staff channel, email): claim,
 * reply (delivered to the asker on the original channel and thread), close, reopen; plus notifications.
 */
export class StaffService {
  private readonly notifiers: StaffNotifier[] = [];

  constructor(private readonly deps: StaffServiceDeps) {}

  addNotifier(notifier: StaffNotifier): void {
    this.notifiers.push(notifier);
  }

  async claim(id: string, staff: string): Promise<Ticket> {
    return this.updated(await this.deps.tickets.claim(id, staff));
  }

  async close(id: string, staff: string): Promise<Ticket> {
    return this.updated(await this.deps.tickets.close(id, staff));
  }

  async reopen(id: string, staff: string): Promise<Ticket> {
    return this.updated(await this.deps.tickets.reopen(id, staff));
  }

  /** Records the answer, then delivers it; an undelivered answer is retried by `redeliverPending`. */
  async reply(id: string, staff: string, text: string): Promise<DeliveryResult> {
    if (!text.trim()) throw new AppError('BAD_REQUEST', 'the answer is empty');
    const ticket = await this.deps.tickets.answer(id, staff, text.trim());
    const result = await this.deliver(ticket);
    await this.updated(result.ticket);
    return result;
  }

  async redeliverPending(): Promise<DeliveryResult[]> {
    const pending = (await this.deps.tickets.list({ status: ['answered'] })).filter((t) => !t.deliveredAt);
    const results: DeliveryResult[] = [];
    for (const t of pending) if (this.deps.channels.has(t.channel)) results.push(await this.deliver(t));
    return results;
  }

  async notifyOpened(ticket: Ticket): Promise<void> {
    await this.each((n) => n.ticketOpened(ticket), ticket);
  }

  async notifyUpdated(ticket: Ticket): Promise<void> {
    await this.updated(ticket);
  }

  /** Reminds staff once of each ticket waiting longer than the SLA. */
  async remindOverdue(now = Date.now()): Promise<Ticket[]> {
    const overdue = (await this.deps.tickets.list({ status: ['open', 'claimed'] }))
      .filter((t) => !t.slaRemindedAt && hoursSince(t.createdAt, now) >= this.deps.slaHours);
    for (const t of overdue) {
      await this.each((n) => n.slaReminder(t, hoursSince(t.createdAt, now)), t);
      await this.deps.tickets.markReminded(t.id);
    }
    return overdue;
  }

  private async deliver(ticket: Ticket): Promise<DeliveryResult> {
    const reply: OutboundReply = {
      kind: 'staff-answer',
      lang: ticket.lang,
      ticketId: ticket.id,
      staffName: ticket.answeredBy ?? '',
      replyId: randomUUID(),
      text: renderTemplate('staff-answer', ticket.lang, { staffName: ticket.answeredBy ?? '', ticketId: ticket.id, answer: ticket.answer ?? '' }),
    };
    try {
      await this.deps.channels.get(ticket.channel).send(ticket.ref, reply);
      await this.deps.tickets.markDelivered(ticket.id);
      this.deps.conversations.recordOutbound(ticket.ref, reply);
      return { ticket: (await this.deps.tickets.get(ticket.id))!, delivered: true };
    } catch (err) {
      this.deps.logger.warn({ err, ticketId: ticket.id, channel: ticket.channel }, 'staff answer not delivered; will retry');
      return { ticket, delivered: false, error: err instanceof Error ? err.message : String(err) };
    }
  }

  private async updated(ticket: Ticket): Promise<Ticket> {
    await this.each((n) => n.ticketUpdated(ticket), ticket);
    return ticket;
  }

  private async each(call: (n: StaffNotifier) => Promise<void>, ticket: Ticket): Promise<void> {
    for (const n of this.notifiers) {
      try {
        await call(n);
      } catch (err) {
        this.deps.logger.warn({ err, notifier: n.name, ticketId: ticket.id }, 'staff notification failed');
      }
    }
  }
}
