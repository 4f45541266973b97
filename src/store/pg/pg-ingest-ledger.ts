import type { IngestedSource, IngestFailure, IngestLedger } from '../../ingest/ledger.js';
import type { Passage } from '../../ingest/types.js';
import { all, inTransaction, one, type PgPool } from './pool.js';

type Row = Record<string, string | number | null>;

const json = (v: string | number | null) => (v === null ? undefined : JSON.parse(String(v)));

function fromRow(r: Row): IngestedSource {
  return {
    sourceKey: String(r.source_key), sourcePath: String(r.source_path), documentId: String(r.document_id), kind: String(r.kind),
    contentHash: String(r.content_hash), metaHash: String(r.meta_hash), size: Number(r.size), mtimeMs: Number(r.mtime_ms),
    pipelineVersion: Number(r.pipeline_version), meta: json(r.meta_json), inferred: json(r.inferred_json), repair: json(r.repair_json),
    warnings: json(r.warnings_json), pages: r.pages === null ? undefined : Number(r.pages), passages: Number(r.passages),
    ingestedAt: String(r.ingested_at),
  };
}

/**
 * The ingest ledger on PostgreSQL: the files ingested, their passages and failures, shared by every
 * replica. Text orders are byte orders ("C"), as in SQLite, whatever the database's collation.
 */
export class PgIngestLedger implements IngestLedger {
  constructor(private readonly pool: PgPool) {}

  async all(): Promise<IngestedSource[]> {
    return (await all<Row>(this.pool, 'SELECT * FROM ingest_documents ORDER BY source_path COLLATE "C"')).map(fromRow);
  }

  async bySource(sourceKey: string): Promise<IngestedSource | undefined> {
    const r = await one<Row>(this.pool, 'SELECT * FROM ingest_documents WHERE source_key = $1', [sourceKey]);
    return r && fromRow(r);
  }

  async byDocument(documentId: string): Promise<IngestedSource | undefined> {
    const r = await one<Row>(this.pool, 'SELECT * FROM ingest_documents WHERE document_id = $1', [documentId]);
    return r && fromRow(r);
  }

  async save(s: IngestedSource, passages: Passage[]): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      await c.query('DELETE FROM ingest_documents WHERE source_key = $1 OR document_id = $2', [s.sourceKey, s.documentId]);
      await c.query(
        `INSERT INTO ingest_documents (source_key, source_path, document_id, kind, content_hash, meta_hash, size, mtime_ms,
           pipeline_version, meta_json, inferred_json, repair_json, warnings_json, pages, passages, ingested_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
        [s.sourceKey, s.sourcePath, s.documentId, s.kind, s.contentHash, s.metaHash, s.size, s.mtimeMs, s.pipelineVersion,
          JSON.stringify(s.meta), JSON.stringify(s.inferred), s.repair === undefined ? null : JSON.stringify(s.repair),
          JSON.stringify(s.warnings), s.pages ?? null, s.passages, s.ingestedAt],
      );
      // One statement for all passages (a document has hundreds): arrays unnested server-side.
      await c.query(
        `INSERT INTO ingest_passages (passage_id, document_id, n, passage_json)
         SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::jsonb[])`,
        [passages.map((p) => p.id), passages.map((p) => p.documentId), passages.map((p) => p.n), passages.map((p) => JSON.stringify(p))],
      );
    });
  }

  async touch(sourceKey: string, mtimeMs: number): Promise<void> {
    await this.pool.query('UPDATE ingest_documents SET mtime_ms = $2 WHERE source_key = $1', [sourceKey, mtimeMs]);
  }

  async remove(sourceKey: string): Promise<void> {
    await this.pool.query('DELETE FROM ingest_documents WHERE source_key = $1', [sourceKey]);
  }

  async failure(sourceKey: string): Promise<IngestFailure | undefined> {
    const r = await one<Row>(this.pool, 'SELECT * FROM ingest_failures WHERE source_key = $1', [sourceKey]);
    if (!r) return undefined;
    return {
      sourceKey: String(r.source_key), sourcePath: String(r.source_path), size: Number(r.size), mtimeMs: Number(r.mtime_ms),
      metaHash: String(r.meta_hash), pipelineVersion: Number(r.pipeline_version), code: String(r.code), message: String(r.message),
    };
  }

  async recordFailure(f: IngestFailure): Promise<void> {
    await this.pool.query(
      `INSERT INTO ingest_failures (source_key, source_path, size, mtime_ms, meta_hash, pipeline_version, code, message, failed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
       ON CONFLICT (source_key) DO UPDATE SET source_path = excluded.source_path, size = excluded.size, mtime_ms = excluded.mtime_ms,
         meta_hash = excluded.meta_hash, pipeline_version = excluded.pipeline_version, code = excluded.code, message = excluded.message,
         failed_at = excluded.failed_at`,
      [f.sourceKey, f.sourcePath, f.size, f.mtimeMs, f.metaHash, f.pipelineVersion, f.code, f.message],
    );
  }

  async clearFailure(sourceKey: string): Promise<void> {
    await this.pool.query('DELETE FROM ingest_failures WHERE source_key = $1', [sourceKey]);
  }

  async forgetFailuresExcept(keep: Set<string>, under: (key: string) => boolean): Promise<void> {
    const keys = (await all<{ source_key: string }>(this.pool, 'SELECT source_key FROM ingest_failures')).map((r) => r.source_key);
    const gone = keys.filter((k) => !keep.has(k) && under(k));
    if (gone.length) await this.pool.query('DELETE FROM ingest_failures WHERE source_key = ANY($1)', [gone]);
  }

  async passageCount(): Promise<number> {
    return Number((await one<{ n: number }>(this.pool, 'SELECT count(*) AS n FROM ingest_passages'))!.n);
  }

  async passagesOf(documentIds: string[]): Promise<Passage[]> {
    const rows = await all<{ passage_json: string }>(this.pool,
      'SELECT passage_json FROM ingest_passages WHERE document_id = ANY($1) ORDER BY document_id COLLATE "C", n', [documentIds]);
    return rows.map((r) => JSON.parse(r.passage_json) as Passage);
  }

  /** Moved by a trigger on every insert and delete of a document (migration 002). */
  async generation(): Promise<number> {
    return Number((await one<{ generation: number }>(this.pool, 'SELECT generation FROM ingest_generation WHERE id = 1'))!.generation);
  }

  async passages(): Promise<Passage[]> {
    const rows = await all<{ passage_json: string }>(this.pool, 'SELECT passage_json FROM ingest_passages ORDER BY document_id COLLATE "C", n');
    return rows.map((r) => JSON.parse(r.passage_json) as Passage);
  }
}
