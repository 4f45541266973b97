-- Every change to the ledger also notifies the channel arcp_ingest with the new generation, so that each
-- replica brings its search index in line at once (src/store/pg/pg-listener.ts). Notifications are sent
-- at commit; the replicas' periodic generation check heals one missed while a listener reconnected.
CREATE OR REPLACE FUNCTION ingest_generation_move() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moved bigint;
BEGIN
  UPDATE ingest_generation SET generation = generation + 1 WHERE id = 1 RETURNING generation INTO moved;
  PERFORM pg_notify('arcp_ingest', moved::text);
  RETURN NULL;
END;
$$;
