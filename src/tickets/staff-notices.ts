import type { DeliverySender } from '../delivery/sender.js';
import type { Delivery, DeliveryInput } from '../delivery/types.js';
import { AppError } from '../errors.js';
import type { StaffNotifier } from './staff-notifier.js';
import type { Ticket, TicketQueue } from './types.js';

export type NoticeEvent = 'opened' | 'updated' | 'reminder';

interface NoticePayload extends Record<string, unknown> {
  event: NoticeEvent;
  ticketId: string;
  ageHours?: number;
}

/** A notice for one staff surface, keyed by what caused it, so that a repeated cause sends it once. */
export function staffNotice(surface: string, ticket: Ticket, event: NoticeEvent, cause: string, ageHours?: number): DeliveryInput {
  const payload: NoticePayload = { event, ticketId: ticket.id, ...(ageHours === undefined ? {} : { ageHours }) };
  return { channel: surface, key: `${surface}:${event}:${ticket.id}:${cause}`, kind: 'staff-notice', subject: `ticket:${ticket.id}`, payload };
}

/**
 * A staff surface (the Teams or Slack staff channel, the staff mailbox) as a delivery sender: a notice
 * shows the ticket as it is when the notice goes out, so that a retried or late notice is never stale.
 * A notice interrupted mid-send is sent again: a second ticket card is better than none.
 */
export function staffNoticeSender(notifier: StaffNotifier, tickets: Pick<TicketQueue, 'get'>): DeliverySender {
  return {
    name: notifier.name,
    inDoubt: 'resend',
    ...(notifier.confirm ? { confirm: (d: Delivery) => notifier.confirm!(d) } : {}),
    async send(d) {
      const p = d.payload as NoticePayload;
      const ticket = await tickets.get(p.ticketId);
      if (!ticket) throw new AppError('TICKET_NOT_FOUND', `no ticket ${p.ticketId}`);
      const notice = { deliveryId: d.id };
      if (p.event === 'opened') await notifier.ticketOpened(ticket, notice);
      else if (p.event === 'updated') await notifier.ticketUpdated(ticket, notice);
      else await notifier.slaReminder(ticket, p.ageHours ?? 0, notice);
      return { externalId: `${notifier.name}:${ticket.id}` };
    },
  };
}
