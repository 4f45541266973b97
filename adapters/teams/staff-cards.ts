import type { Ticket } from '../../src/tickets/types.js';
import { card, container, execute, facts, heading, isRtl, textBlocks, type AdaptiveCard, type CardElement } from './cards.js';
import { bilingualLabel, type LabelKey } from '../../src/replies/labels.js';
import { cardActivity, type OutgoingActivity } from './render.js';

const OP_LABEL: Record<'claim' | 'reply' | 'close' | 'reopen', LabelKey> = { claim: 'claim', reply: 'sendReply', close: 'close', reopen: 'reopen' };

export interface TicketCardOptions {
  /** Teams ids of staff: Teams asks the bot for their own view of the card when they see it. */
  staffUserIds?: readonly string[];
  /** The staff member the card is drawn for (a Universal Action's answer, a refresh). */
  viewer?: string;
}

/**
 * The card that shows one ticket in the staff channel, updated in place as it moves:
 * open → Claim / Reply / Close; claimed and answered → Reply / Close; closed → Reopen.
 */
export function ticketCardActivity(ticket: Ticket, options: TicketCardOptions = {}): OutgoingActivity {
  return cardActivity(ticketCard(ticket, options), `${ticket.id}: ${ticket.question}`);
}

/** The same card for one staff member: it says so when the ticket is theirs. */
export function ticketCard(ticket: Ticket, options: TicketCardOptions = {}): AdaptiveCard {
  const body = ticketBody(ticket);
  if (options.viewer && ticket.claimedBy === options.viewer && ticket.status !== 'closed') {
    body.splice(1, 0, { type: 'TextBlock', text: bilingualLabel('claimedByYou'), color: 'Accent', wrap: true, spacing: 'Small' });
  }
  const refresh = options.staffUserIds?.length
    ? { action: { type: 'Action.Execute', verb: 'staff.refresh', data: { arcp: 'staff', op: 'refresh', ticketId: ticket.id } }, userIds: [...options.staffUserIds] }
    : undefined;
  return card({ body, actions: ticketActions(ticket), refresh, fallbackText: ticketFallback(ticket) });
}

function ticketBody(ticket: Ticket): CardElement[] {
  const body = [
    heading(`${bilingualLabel('ticket')} ${ticket.id}`),
    facts([
      [bilingualLabel('status'), ticket.status],
      [bilingualLabel('category'), ticket.category],
      [bilingualLabel('asker'), [ticket.sender.name, ticket.sender.email, ticket.sender.org].filter(Boolean).join(' · ') || ticket.sender.id],
      [bilingualLabel('received'), `${ticket.createdAt.slice(0, 16).replace('T', ' ')} UTC · ${ticket.channel}`],
      [bilingualLabel('claimedBy'), ticket.claimedBy],
      [bilingualLabel('answeredBy'), ticket.answeredBy],
    ]),
    container([{ type: 'TextBlock', text: bilingualLabel('question'), weight: 'Bolder', wrap: true }, ...textBlocks(ticket.question)], {
      rtl: isRtl(ticket.lang), separator: true,
    }),
  ];
  if (ticket.answer) {
    body.push(container([{ type: 'TextBlock', text: bilingualLabel('answer'), weight: 'Bolder', wrap: true }, ...textBlocks(ticket.answer)], { separator: true }));
    body.push({ type: 'TextBlock', text: bilingualLabel(ticket.deliveredAt ? 'deliveredToAsker' : 'notDelivered'), isSubtle: true, size: 'Small', wrap: true });
  }
  if (ticket.status !== 'closed') {
    body.push({ type: 'Input.Text', id: 'answer', isMultiline: true, placeholder: bilingualLabel('answerPlaceholder'), label: bilingualLabel('answer'), maxLength: 20_000 });
  }
  return body;
}

function ticketActions(ticket: Ticket): CardElement[] {
  const act = (op: 'claim' | 'reply' | 'close' | 'reopen', style?: 'positive' | 'destructive') =>
    execute(bilingualLabel(OP_LABEL[op]), { arcp: 'staff', op, ticketId: ticket.id }, style);
  switch (ticket.status) {
    case 'open':
      return [act('claim'), act('reply', 'positive'), act('close', 'destructive')];
    case 'claimed':
      return [act('reply', 'positive'), act('close', 'destructive')];
    case 'answered':
      // A second answer is allowed (a correction or a follow-up), so the reply box stays.
      return [act('reply'), act('close', 'destructive')];
    case 'closed':
      return [act('reopen')];
  }
}

function ticketFallback(ticket: Ticket): string {
  return `${bilingualLabel('ticket')} ${ticket.id} (${ticket.status}, ${ticket.category})\n\n${ticket.question}${ticket.answer ? `\n\n${ticket.answer}` : ''}`;
}

/** A one-line staff notice (registration, refusals, reminders), bilingual by construction. */
export function staffNoticeActivity(text: string): OutgoingActivity {
  return cardActivity(card({ body: [{ type: 'TextBlock', text, wrap: true }], fallbackText: text }), text);
}
