-- Staff accounts of the console and their sign-in sessions.
CREATE TABLE staff_accounts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('staff', 'admin')),
  password_hash TEXT NOT NULL,        -- "scrypt$<N>$<r>$<p>$<salt b64>$<key b64>"
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  last_sign_in_at TEXT
);

-- The cookie carries a random token; only its SHA-256 is stored, so a copy of the database opens no session.
CREATE TABLE staff_sessions (
  token_hash TEXT PRIMARY KEY,
  staff_id INTEGER NOT NULL REFERENCES staff_accounts(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX staff_sessions_by_expiry ON staff_sessions(expires_at);
CREATE INDEX staff_sessions_by_staff ON staff_sessions(staff_id);
