-- Ingested source files: one row per file, with the hash that makes re-ingest incremental, the document's
-- metadata and the report of the Arabic repair. Passages are kept so the search index can be rebuilt
-- without extracting again.
CREATE TABLE ingest_documents (
  source_key TEXT PRIMARY KEY,          -- absolute path of the source file
  source_path TEXT NOT NULL,            -- as shown: relative to the corpus folder when inside it
  document_id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,                   -- pdf | docx | html | markdown | text
  content_hash TEXT NOT NULL,           -- sha256 of the file's bytes
  meta_hash TEXT NOT NULL,              -- sha256 of its sidecar metadata file ('' when none)
  size INTEGER NOT NULL,
  mtime_ms INTEGER NOT NULL,
  pipeline_version INTEGER NOT NULL,    -- re-ingest when extraction or repair changes
  meta_json TEXT NOT NULL,
  inferred_json TEXT NOT NULL,          -- metadata fields that were inferred, not given
  repair_json TEXT,                     -- RepairReport, for PDFs, OCR and plain text
  warnings_json TEXT NOT NULL,
  pages INTEGER,
  passages INTEGER NOT NULL,
  ingested_at TEXT NOT NULL
);

CREATE TABLE ingest_passages (
  passage_id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES ingest_documents(document_id) ON DELETE CASCADE,
  n INTEGER NOT NULL,
  passage_json TEXT NOT NULL
);
CREATE INDEX ingest_passages_by_document ON ingest_passages(document_id, n);
