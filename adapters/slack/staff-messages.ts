/** Where a ticket's message sits in the staff channel, to update it in place and thread reminders under it. */
export interface StaffMessageRef {
  channel: string;
  ts: string;
}

/**
 * The ticket → staff message map. The durable implementation is `SlackStaffMessageStore` in
 * src/store/slack-store.ts (SQL lives in src/store); this in-memory twin serves tests and a server whose
 * services do not provide the durable one (then a restart forgets the map and the next update of an old
 * ticket posts a fresh message instead of editing the old one).
 */
export interface StaffMessageStore {
  get(ticketId: string): StaffMessageRef | undefined;
  put(ticketId: string, ref: StaffMessageRef): void;
}

export class MemoryStaffMessageStore implements StaffMessageStore {
  private readonly refs = new Map<string, StaffMessageRef>();

  get(ticketId: string): StaffMessageRef | undefined {
    return this.refs.get(ticketId);
  }

  put(ticketId: string, ref: StaffMessageRef): void {
    this.refs.set(ticketId, { ...ref });
  }
}
