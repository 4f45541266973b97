/**
 * The ingest signal port: tells a replica that the shared ledger may have moved (another replica or an
 * `arcp ingest` saved or removed a document), so that it brings its search index in line at once.
 * PostgreSQL LISTEN/NOTIFY in the product (src/store/pg/pg-listener.ts); none on SQLite, where one server
 * looks at the ledger's generation before each search. A signal may be missed (a dropped connection):
 * its users also check the generation now and then (index-follower.ts).
 */
export interface IngestSignal {
  /** `onSignal` is called on each notice, and whenever notices may have been missed (after a reconnection). */
  start(onSignal: () => void): Promise<void>;
  stop(): Promise<void>;
}
