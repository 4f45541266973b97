import type { OutboundReply, ReplyAttachment } from '../channel/types.js';
import { conversationKey } from '../core/conversation-log.js';
import type { ChannelRegistry } from '../delivery/channel-registry.js';
import type { Deliveries } from '../delivery/deliveries.js';
import type { Delivery } from '../delivery/types.js';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';
import { renderTemplate } from '../replies/templates.js';
import type { StaffNotifier } from './staff-notifier.js';
import { staffNotice, staffNoticeSender, type NoticeEvent } from './staff-notices.js';
import { acceptUpload, type AttachmentUpload } from './reply-attachment.js';
import type { ReplyFiles } from './reply-files.js';
import { hoursSince } from './transitions.js';
import type { Ticket, TicketQueue } from './types.js';

export interface StaffServiceDeps {
  tickets: TicketQueue;
  deliveries: Deliveries;
  channels: Pick<ChannelRegistry, 'has'>;
  logger: Logger;
  slaHours: number;
  /** Documents attached to answers, kept before the answer is queued. */
  files: ReplyFiles;
  /** Largest attachment accepted. */
  maxFileBytes: number;
}

export interface ReplyOptions {
  /** Send even if the same answer went to the same ticket moments ago. */
  confirmed?: boolean;
  /** One document (PDF or DOCX) delivered with the answer. */
  attachment?: AttachmentUpload;
}

export interface DeliveryResult {
  ticket: Ticket;
  delivered: boolean;
  error?: string;
}

/** How long an identical second answer to the same ticket counts as a repeat (a double click, a resent form). */
const REPEAT_WINDOW_MS = 10 * 60 * 1000;

/**
 * What staff do with tickets, from any staff surface (console, Teams or Slack staff channel, email, CLI):
 * claim, reply, close, reopen. Answers and notices go out through the delivery queue: an answer the
 * asker's channel refuses now is sent by the running server when the channel is back.
 */
export class StaffService {
  private readonly surfaces: string[] = [];

  constructor(private readonly deps: StaffServiceDeps) {
    deps.deliveries.afterSent((d) => this.afterSent(d));
  }

  /** A staff surface: told of each ticket opened and changed, and of overdue ones. */
  addNotifier(notifier: StaffNotifier): void {
    this.deps.deliveries.register(staffNoticeSender(notifier, this.deps.tickets));
    this.surfaces.push(notifier.name);
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

  /**
   * Records the answer and delivers it; what the channel refuses now the queue retries. The same text
   * sent to the same ticket moments ago (a second click, a resubmitted form) is refused unless confirmed.
   * An attached document is checked (PDF or DOCX by content, under the size cap) and kept in the store
   * before the answer is recorded, so the queued delivery always finds it.
   */
  async reply(id: string, staff: string, text: string, options: ReplyOptions = {}): Promise<DeliveryResult> {
    if (!text.trim()) throw new AppError('BAD_REQUEST', 'the answer is empty');
    const file = options.attachment && acceptUpload(options.attachment, this.deps.maxFileBytes);
    if (!options.confirmed) await this.refuseRepeat(id, text.trim());
    if (file) await this.deps.files.put(file);
    const ticket = await this.deps.tickets.answer(id, staff, text.trim());
    const attachment = file && { id: file.id, filename: file.filename, mediaType: file.mediaType, size: file.size };
    const delivery = await this.deps.deliveries.sendNow(staffAnswer(ticket, attachment));
    const latest = (await this.deps.tickets.get(id)) ?? ticket;
    if (delivery.status === 'sent') return { ticket: latest, delivered: true };
    await this.updated(latest);
    const error = this.deps.channels.has(ticket.channel) ? delivery.lastError : `the ${ticket.channel} channel is not running here; the server delivers it`;
    return { ticket: latest, delivered: false, error };
  }

  private async refuseRepeat(id: string, text: string, now = Date.now()): Promise<void> {
    const events = await this.deps.tickets.events(id);
    const last = events.filter((e) => e.type === 'answered').at(-1);
    if (!last || last.text?.trim() !== text || now - Date.parse(last.createdAt) > REPEAT_WINDOW_MS) return;
    throw new AppError('REPLY_DUPLICATE', `this same answer was sent to the asker at ${last.createdAt.slice(11, 16)} UTC; send it again only if you mean to`, {
      details: { ticketId: id, sentAt: last.createdAt },
    });
  }

  /** Answers recorded before the delivery queue existed, still to deliver (once, whatever the restarts). */
  async enqueueUndelivered(): Promise<void> {
    for (const t of await this.deps.tickets.list({ status: ['answered'] })) {
      if (!t.deliveredAt) await this.deps.deliveries.enqueue(staffAnswer(t));
    }
  }

  async notifyOpened(ticket: Ticket): Promise<void> {
    await this.notify(ticket, 'opened', 'new');
  }

  async notifyUpdated(ticket: Ticket): Promise<void> {
    await this.updated(ticket);
  }

  /** Reminds staff once of each ticket waiting longer than the SLA. */
  async remindOverdue(now = Date.now()): Promise<Ticket[]> {
    const overdue = (await this.deps.tickets.list({ status: ['open', 'claimed'] }))
      .filter((t) => !t.slaRemindedAt && hoursSince(t.createdAt, now) >= this.deps.slaHours);
    for (const t of overdue) {
      await this.notify(t, 'reminder', 'sla', hoursSince(t.createdAt, now));
      await this.deps.tickets.markReminded(t.id);
    }
    return overdue;
  }

  private async updated(ticket: Ticket): Promise<Ticket> {
    // Each change is a ticket event: the count names the change, so that a repeated one notifies once.
    const events = await this.deps.tickets.events(ticket.id);
    await this.notify(ticket, 'updated', String(events.length));
    return ticket;
  }

  private async notify(ticket: Ticket, event: NoticeEvent, cause: string, ageHours?: number): Promise<void> {
    for (const surface of this.surfaces) {
      await this.deps.deliveries.enqueue(staffNotice(surface, ticket, event, cause, ageHours)).catch((err: unknown) => {
        this.deps.logger.warn({ err, surface, ticketId: ticket.id }, 'staff notice not queued');
      });
    }
  }

  private async afterSent(d: Delivery): Promise<void> {
    if (d.kind !== 'staff-answer') return;
    const ticketId = String(d.payload.ticketId);
    await this.deps.tickets.markDelivered(ticketId);
    const ticket = await this.deps.tickets.get(ticketId);
    if (ticket) await this.updated(ticket);
  }
}

/** The delivery of a ticket's answer to the asker, on the channel and in the thread they asked in. */
function staffAnswer(ticket: Ticket, attachment?: ReplyAttachment): Parameters<Deliveries['enqueue']>[0] {
  const staffName = ticket.answeredBy ?? '';
  const reply: OutboundReply = {
    kind: 'staff-answer', lang: ticket.lang, ticketId: ticket.id, staffName, replyId: `staff-answer:${ticket.id}:${ticket.updatedAt}`,
    text: renderTemplate('staff-answer', ticket.lang, { staffName, ticketId: ticket.id, answer: ticket.answer ?? '' }),
    ...(attachment ? { attachment } : {}),
  };
  return {
    channel: ticket.channel, key: `staff-answer:${ticket.id}:${ticket.updatedAt}`, kind: 'staff-answer',
    subject: conversationKey(ticket.ref), ref: ticket.ref, payload: { reply, ticketId: ticket.id },
  };
}
