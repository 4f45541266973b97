-- A number that moves whenever a document is added, replaced or removed, by any replica or CLI: each
-- search index records the number it reflects and is brought back in line when the two differ (as in
-- SQLite's 083_ingest_generation.sql).
CREATE TABLE ingest_generation (
  id integer PRIMARY KEY CHECK (id = 1),
  generation bigint NOT NULL
);
INSERT INTO ingest_generation (id, generation) VALUES (1, 1);

CREATE FUNCTION bump_ingest_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE ingest_generation SET generation = generation + 1 WHERE id = 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER ingest_documents_changed AFTER INSERT OR DELETE ON ingest_documents
  FOR EACH STATEMENT EXECUTE FUNCTION bump_ingest_generation();
