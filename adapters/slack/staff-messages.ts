import type { ChannelStateScope } from '../../src/channel/channel-state.js';

/** Where a ticket's message sits in the staff channel, to update it in place and thread reminders under it. */
export interface StaffMessageRef {
  channel: string;
  ts: string;
}

/** The ticket → staff message map, in the Slack channel's scope of the channel state store (survives restarts). */
export class StaffMessages {
  constructor(private readonly scope: ChannelStateScope) {}

  get(ticketId: string): Promise<StaffMessageRef | undefined> {
    return this.scope.get<StaffMessageRef>(`staff-message:${ticketId}`);
  }

  put(ticketId: string, ref: StaffMessageRef): Promise<void> {
    return this.scope.put(`staff-message:${ticketId}`, ref);
  }
}
