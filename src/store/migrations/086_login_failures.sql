-- Failed console sign-ins per account (src/console/login-throttle.ts), kept for the throttle's window.
CREATE TABLE login_failures (
  key TEXT NOT NULL,
  at_ms INTEGER NOT NULL
);
CREATE INDEX login_failures_key ON login_failures (key, at_ms);
