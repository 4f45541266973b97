import type { Ticket } from './types.js';

/**
 * Where staff hear about tickets: a Teams or Slack staff channel, a staff mailbox. Each enabled channel
 * registers one; a notifier that fails is logged and does not stop the others.
 */
export interface StaffNotifier {
  readonly name: string;
  ticketOpened(ticket: Ticket): Promise<void>;
  ticketUpdated(ticket: Ticket): Promise<void>;
  slaReminder(ticket: Ticket, ageHours: number): Promise<void>;
}
