/**
 * What the Teams channel keeps between restarts: the staff channel registered with `arcp staff-channel here`,
 * and which card in it shows each ticket (so the card is updated in place). Implemented on SQLite by
 * src/store/teams-store.ts (`app.teamsStore`), in memory too when the app runs without a data folder.
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

export interface TeamsState {
  staffChannel(): StaffChannelRecord | undefined;
  setStaffChannel(record: StaffChannelRecord): void;
  ticketCard(ticketId: string): TicketCardRecord | undefined;
  setTicketCard(ticketId: string, card: TicketCardRecord): void;
}
