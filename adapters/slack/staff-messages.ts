/** Where a ticket's message sits in the staff channel, to update it in place and thread reminders under it. */
export interface StaffMessageRef {
  channel: string;
  ts: string;
}

/**
 * The ticket → staff message map, kept by `SlackStaffMessageStore` in src/store/slack-store.ts (SQL lives
 * in src/store) and handed to the adapter as `app.slackStaffMessages`, so it survives restarts.
 */
export interface StaffMessageStore {
  get(ticketId: string): StaffMessageRef | undefined;
  put(ticketId: string, ref: StaffMessageRef): void;
}
