-- Failed console sign-ins per account, shared by the replicas (src/console/login-throttle.ts).
CREATE TABLE login_failures (
  key text NOT NULL,
  at_ms bigint NOT NULL
);
CREATE INDEX login_failures_key ON login_failures (key, at_ms);
