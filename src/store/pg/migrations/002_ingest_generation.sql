-- As SQLite's migration 083: a number that moves whenever a document is added, replaced or removed, by any
-- process, so that a search index knows whether it reflects the ledger.
CREATE TABLE ingest_generation (
  id integer PRIMARY KEY CHECK (id = 1),
  generation bigint NOT NULL
);
INSERT INTO ingest_generation (id, generation) VALUES (1, 1);

CREATE FUNCTION ingest_generation_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE ingest_generation SET generation = generation + 1 WHERE id = 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER ingest_documents_changed AFTER INSERT OR DELETE ON ingest_documents
  FOR EACH ROW EXECUTE FUNCTION ingest_generation_move();
