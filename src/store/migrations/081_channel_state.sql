-- One key-value store for every channel's own ids (src/channel/channel-state.ts), replacing the Teams and
-- Slack tables of migrations 030 and 040 and the email intake, thread and attachment tables of 050.
CREATE TABLE channel_state (
  channel TEXT NOT NULL,
  key TEXT NOT NULL,
  value_json TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (channel, key)
);

INSERT INTO channel_state (channel, key, value_json, updated_at)
SELECT 'teams', 'staff-channel',
  json_object('reference', json(reference_json), 'registeredBy', registered_by, 'registeredAt', registered_at), registered_at
FROM teams_staff_channel;

INSERT INTO channel_state (channel, key, value_json, updated_at)
SELECT 'teams', 'ticket-card:' || ticket_id, json_object('conversationId', conversation_id, 'activityId', activity_id), created_at
FROM teams_ticket_cards;

INSERT INTO channel_state (channel, key, value_json, updated_at)
SELECT 'slack', 'staff-message:' || ticket_id, json_object('channel', channel_id, 'ts', message_ts), updated_at
FROM slack_staff_messages;

INSERT INTO channel_state (channel, key, value_json, updated_at)
SELECT 'email', 'thread:' || message_id, json_quote(conversation_id), created_at
FROM email_threads;

-- Intake records keep their state machine; the first copy of a Message-ID taken past `received` owns it.
INSERT INTO channel_state (channel, key, value_json, updated_at)
SELECT 'email', 'intake:' || mailbox || char(10) || uid_validity || char(10) || uid,
  json_object('mailbox', mailbox, 'uidValidity', uid_validity, 'uid', uid, 'messageId', message_id, 'state', state,
    'reason', reason, 'attempts', attempts, 'sender', sender, 'conversationId', conversation_id, 'ticketId', ticket_id,
    'draftId', draft_id, 'deliveryId', outbox_id, 'folder', folder, 'movedAt', moved_at, 'updatedAt', updated_at),
  updated_at
FROM email_intake;

INSERT OR IGNORE INTO channel_state (channel, key, value_json, updated_at)
SELECT 'email', 'message:' || message_id, json_quote('intake:' || mailbox || char(10) || uid_validity || char(10) || uid), updated_at
FROM email_intake WHERE state NOT IN ('received', 'failed') ORDER BY id;

DROP TABLE teams_staff_channel;
DROP TABLE teams_ticket_cards;
DROP TABLE slack_staff_messages;
DROP TABLE email_attachments;
DROP TABLE email_threads;
DROP TABLE email_intake;
