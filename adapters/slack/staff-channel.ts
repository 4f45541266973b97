import type { Logger } from '../../src/logger.js';
import type { StaffNotifier } from '../../src/tickets/staff-notifier.js';
import type { Ticket } from '../../src/tickets/types.js';
import { sendFailed, slackErrorCode, type SlackChannel, type WebClient } from './slack-channel.js';
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
 * place as it is claimed, answered and closed; SLA reminders go in that message's thread.
 */
export class SlackStaffNotifier implements StaffNotifier {
  readonly name = 'slack-staff-channel';

  constructor(private readonly deps: SlackStaffNotifierDeps) {}

  async ticketOpened(ticket: Ticket): Promise<void> {
    if (await this.deps.store.get(ticket.id)) return this.ticketUpdated(ticket);
    await this.postTicket(ticket);
  }

  async ticketUpdated(ticket: Ticket): Promise<void> {
    const ref = await this.deps.store.get(ticket.id);
    if (!ref) {
      await this.postTicket(ticket);
      return;
    }
    const m = ticketMessage(ticket);
    try {
      await this.deps.client.chat.update({ channel: ref.channel, ts: ref.ts, text: m.text, blocks: m.blocks });
    } catch (err) {
      // Someone deleted the ticket's message (or the channel changed): the ticket gets a fresh one.
      if (GONE.has(slackErrorCode(err) ?? '')) return this.postTicket(ticket);
      throw sendFailed(err, ref.channel);
    }
  }

  async slaReminder(ticket: Ticket, ageHours: number): Promise<void> {
    const ref = await this.deps.store.get(ticket.id);
    await this.deps.channel.postOne({ channel: ref?.channel ?? this.deps.staffChannelId, threadTs: ref?.ts }, reminderMessage(ticket, ageHours));
  }

  private async postTicket(ticket: Ticket): Promise<void> {
    const ts = await this.deps.channel.postOne({ channel: this.deps.staffChannelId }, ticketMessage(ticket));
    await this.deps.store.put(ticket.id, { channel: this.deps.staffChannelId, ts });
    this.deps.logger.info({ ticketId: ticket.id, ts }, 'ticket posted to the Slack staff channel');
  }
}
