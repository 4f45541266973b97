import { AppError } from '../errors.js';
import type { Ticket, TicketEvent, TicketStatus } from './types.js';

export type TicketAction = 'claim' | 'answer' | 'close' | 'reopen';

const ALLOWED_FROM: Record<TicketAction, readonly TicketStatus[]> = {
  claim: ['open', 'claimed'],
  answer: ['open', 'claimed', 'answered'],
  close: ['open', 'claimed', 'answered'],
  reopen: ['answered', 'closed'],
};

export const NEXT_STATUS: Record<TicketAction, TicketStatus> = {
  claim: 'claimed',
  answer: 'answered',
  close: 'closed',
  reopen: 'open',
};

export const EVENT_OF: Record<TicketAction, TicketEvent['type']> = {
  claim: 'claimed',
  answer: 'answered',
  close: 'closed',
  reopen: 'reopened',
};

/** Shared by every queue implementation so that they agree on the state machine. */
export function assertTransition(ticket: Ticket, action: TicketAction, actor: string): void {
  if (!ALLOWED_FROM[action].includes(ticket.status)) {
    throw new AppError('TICKET_STATE', `ticket ${ticket.id} is ${ticket.status}: cannot ${action} it`, {
      details: { ticketId: ticket.id, status: ticket.status, action },
    });
  }
  if (action === 'claim' && ticket.status === 'claimed' && ticket.claimedBy !== actor) {
    throw new AppError('TICKET_STATE', `ticket ${ticket.id} is already claimed by ${ticket.claimedBy}`, {
      details: { ticketId: ticket.id, claimedBy: ticket.claimedBy },
    });
  }
}

export function formatTicketId(seq: number): string {
  return `ARCP-${String(seq).padStart(5, '0')}`;
}

export function ticketNotFound(id: string): AppError {
  return new AppError('TICKET_NOT_FOUND', `no ticket ${id}`, { details: { ticketId: id } });
}

export function hoursSince(iso: string, now = Date.now()): number {
  return (now - Date.parse(iso)) / 3_600_000;
}
