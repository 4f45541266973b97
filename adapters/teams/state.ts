import type { ChannelStateScope } from '../../src/channel/channel-state.js';

/**
 * What the Teams channel keeps between restarts, in its scope of the channel state store: the staff
 * channel registered with `arcp staff-channel here`, and which card in it shows each ticket (so the card
 * is updated in place).
 */
export interface StaffChannelRecord {
  /** A Bot Framework ConversationReference, JSON-serialisable. */
  reference: Record<string, unknown>;
  registeredBy: string;
  registeredAt: string;
}

export interface TicketCardRecord {
  /** The thread of the card: replies about the ticket go there. */
  conversationId: string;
  activityId: string;
}

export class TeamsState {
  constructor(private readonly scope: ChannelStateScope) {}

  staffChannel(): Promise<StaffChannelRecord | undefined> {
    return this.scope.get<StaffChannelRecord>('staff-channel');
  }

  setStaffChannel(record: StaffChannelRecord): Promise<void> {
    return this.scope.put('staff-channel', record);
  }

  ticketCard(ticketId: string): Promise<TicketCardRecord | undefined> {
    return this.scope.get<TicketCardRecord>(`ticket-card:${ticketId}`);
  }

  setTicketCard(ticketId: string, card: TicketCardRecord): Promise<void> {
    return this.scope.put(`ticket-card:${ticketId}`, card);
  }
}
