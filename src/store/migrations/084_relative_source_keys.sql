-- Source files are remembered by their path relative to the corpus folder (absolute only for a file given
-- from outside it), so that the corpus and data folders can be copied or moved together: with absolute
-- keys every document of a moved corpus failed with "id already used by <old path>". The shown path,
-- already relative inside the corpus folder, becomes the key.
UPDATE ingest_documents SET source_key = source_path
  WHERE source_key LIKE '/%' AND source_path NOT LIKE '/%' AND source_key <> source_path;
UPDATE ingest_failures SET source_key = source_path
  WHERE source_key LIKE '/%' AND source_path NOT LIKE '/%' AND source_key <> source_path;
