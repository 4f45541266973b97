import type { Delivery } from '../../src/delivery/types.js';
import type { Logger } from '../../src/logger.js';
import type { NoticeDelivery, StaffNotifier } from '../../src/tickets/staff-notifier.js';
import type { Ticket } from '../../src/tickets/types.js';
import { deliveryMetadata, sendFailed, slackErrorCode, type SlackChannel, type WebClient } from './slack-channel.js';
import type { StaffMessages } from './staff-messages.js';
import { reminderMessage, ticketMessage } from './staff-render.js';

const GONE = new Set(['message_not_found', 'channel_not_found', 'cant_update_message']);

export interface SlackStaffNotifierDeps {
  client: WebClient;
  channel: SlackChannel;
  staffChannelId: string;
  store: StaffMessages;
  logger: Logger;
}

/**
 * The Slack staff channel as a staff surface: one message per ticket, posted when it opens and edited in
 * place as it is claimed, answered and closed; SLA reminders go in that message's thread. Each post
 * carries its notice's delivery id, so that a retry finds a post whose answer was lost instead of
 * posting a second ticket message (edits in place need no such care).
 */
export class SlackStaffNotifier implements StaffNotifier {
  readonly name = 'slack-staff-channel';

  constructor(private readonly deps: SlackStaffNotifierDeps) {}

  async ticketOpened(ticket: Ticket, notice?: NoticeDelivery): Promise<void> {
    if (await this.deps.store.get(ticket.id)) return this.ticketUpdated(ticket, notice);
    await this.postTicket(ticket, notice);
  }

  async ticketUpdated(ticket: Ticket, notice?: NoticeDelivery): Promise<void> {
    const ref = await this.deps.store.get(ticket.id);
    if (!ref) {
      await this.postTicket(ticket, notice);
      return;
    }
    const m = ticketMessage(ticket);
    try {
      await this.deps.client.chat.update({ channel: ref.channel, ts: ref.ts, text: m.text, blocks: m.blocks });
    } catch (err) {
      // Someone deleted the ticket's message (or the channel changed): the ticket gets a fresh one.
      if (GONE.has(slackErrorCode(err) ?? '')) return this.postTicket(ticket, notice);
      throw sendFailed(err, ref.channel);
    }
  }

  async slaReminder(ticket: Ticket, ageHours: number, notice?: NoticeDelivery): Promise<void> {
    const ref = await this.deps.store.get(ticket.id);
    await this.deps.channel.postOne({ channel: ref?.channel ?? this.deps.staffChannelId, threadTs: ref?.ts }, reminderMessage(ticket, ageHours), metadataOf(notice));
  }

  /**
   * Whether an earlier attempt at a notice posted its message: a reminder is looked for in the ticket
   * message's thread, a ticket message at the top of the staff channel (and, found, kept as the ticket's).
   */
  async confirm(d: Delivery): Promise<{ externalId: string } | false | undefined> {
    const ticketId = String(d.payload.ticketId);
    const ref = await this.deps.store.get(ticketId);
    const reminder = d.payload.event === 'reminder';
    const thread = reminder ? { channel: ref?.channel ?? this.deps.staffChannelId, threadTs: ref?.ts } : { channel: this.deps.staffChannelId };
    const ts = await this.deps.channel.findDelivery(thread, d);
    if (typeof ts !== 'string') return ts;
    if (!reminder) await this.deps.store.put(ticketId, { channel: thread.channel, ts });
    return { externalId: `${this.name}:${ticketId}` };
  }

  private async postTicket(ticket: Ticket, notice?: NoticeDelivery): Promise<void> {
    const ts = await this.deps.channel.postOne({ channel: this.deps.staffChannelId }, ticketMessage(ticket), metadataOf(notice));
    await this.deps.store.put(ticket.id, { channel: this.deps.staffChannelId, ts });
    this.deps.logger.info({ ticketId: ticket.id, ts }, 'ticket posted to the Slack staff channel');
  }
}

const metadataOf = (notice: NoticeDelivery | undefined) => (notice ? deliveryMetadata(notice.deliveryId) : undefined);
