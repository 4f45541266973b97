-- A number that moves whenever a document is added, replaced or removed, by any process: the search index
-- records the number it reflects, and is brought back in line with the store when the two differ (a
-- document deleted by `arcp ingest` while a server ran came back when that server saved its index).
CREATE TABLE ingest_generation (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  generation INTEGER NOT NULL
);
INSERT INTO ingest_generation (id, generation) VALUES (1, 1);

CREATE TRIGGER ingest_documents_added AFTER INSERT ON ingest_documents
BEGIN
  UPDATE ingest_generation SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER ingest_documents_removed AFTER DELETE ON ingest_documents
BEGIN
  UPDATE ingest_generation SET generation = generation + 1 WHERE id = 1;
END;
