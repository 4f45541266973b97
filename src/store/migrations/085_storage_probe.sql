-- Where /healthz checks, after a storage failure, that the data folder takes writes again: a row with
-- a sizeable payload is written and removed, which needs free pages (a disk full fails it).
CREATE TABLE storage_probe (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  payload BLOB NOT NULL
);
