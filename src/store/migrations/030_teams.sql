-- Microsoft Teams: the registered staff channel and the ticket card posted there for each ticket.
CREATE TABLE teams_staff_channel (
  id INTEGER PRIMARY KEY CHECK (id = 1),   -- one staff channel per installation
  reference_json TEXT NOT NULL,           -- Bot Framework ConversationReference of the channel
  registered_by TEXT NOT NULL,
  registered_at TEXT NOT NULL
);

CREATE TABLE teams_ticket_cards (
  ticket_id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL,          -- the card's thread ("19:…@thread.tacv2;messageid=…" in a channel)
  activity_id TEXT NOT NULL,              -- the card message, updated in place as the ticket moves
  created_at TEXT NOT NULL
);
