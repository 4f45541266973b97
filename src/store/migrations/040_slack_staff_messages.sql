-- Slack: where each ticket's message sits in the staff channel, so that it is edited in place (claimed by,
-- answered by) and SLA reminders are threaded under it, also after a restart.
CREATE TABLE slack_staff_messages (
  ticket_id TEXT PRIMARY KEY,
  channel_id TEXT NOT NULL,
  message_ts TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
