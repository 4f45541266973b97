import type { ChannelStateScope } from '../../src/channel/channel-state.js';

/**
 * What the Teams channel keeps between restarts, in its scope of the channel state store: the staff
 * channel registered with `arcp staff-channel here`, which card in it shows each ticket (so the card is
 * updated in place), the Teams ids of staff (for cards refreshed per user), and the card of each reply
 * with buttons (so that a Universal Action can answer with that card refreshed).
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

/** The card of a reply that has buttons: what a Universal Action refreshes (the invoke does not carry it). */
export type StoredCard = Record<string, unknown>;

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

  replyCard(replyId: string): Promise<StoredCard | undefined> {
    return this.scope.get<StoredCard>(`reply-card:${replyId}`);
  }

  setReplyCard(replyId: string, card: StoredCard): Promise<void> {
    return this.scope.put(`reply-card:${replyId}`, card);
  }

  /** Teams user ids (29:…) of listed staff seen acting: the users a ticket card refreshes for. */
  async staffUserIds(): Promise<string[]> {
    return (await this.scope.get<string[]>('staff-user-ids')) ?? [];
  }

  async addStaffUserId(userId: string): Promise<void> {
    const ids = await this.staffUserIds();
    if (ids.includes(userId)) return;
    // Teams refreshes a card automatically for at most 60 listed users.
    await this.scope.put('staff-user-ids', [...ids, userId].slice(-60));
  }
}
