import type { Delivery } from '../delivery/types.js';
import type { Ticket } from './types.js';

/** The queued notice a call sends: a surface that can mark its message with the id can find it again. */
export interface NoticeDelivery {
  deliveryId: string;
}

/**
 * Where staff hear about tickets: a Teams or Slack staff channel, a staff mailbox. Each enabled channel
 * registers one; a notifier that fails is logged and does not stop the others.
 */
export interface StaffNotifier {
  readonly name: string;
  ticketOpened(ticket: Ticket, notice?: NoticeDelivery): Promise<void>;
  ticketUpdated(ticket: Ticket, notice?: NoticeDelivery): Promise<void>;
  slaReminder(ticket: Ticket, ageHours: number, notice?: NoticeDelivery): Promise<void>;
  /** Before a retried notice: whether an earlier attempt's message is there already (see DeliverySender.confirm). */
  confirm?(delivery: Delivery): Promise<{ externalId: string } | false | undefined>;
}
