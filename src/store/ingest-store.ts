import type { IngestedSource, IngestFailure, IngestLedger } from '../ingest/ledger.js';
import type { Passage } from '../ingest/types.js';
import { type Db, writeTransaction } from './db.js';

export type { IngestedSource, IngestFailure };

interface Row {
  source_key: string;
  source_path: string;
  document_id: string;
  kind: string;
  content_hash: string;
  meta_hash: string;
  size: number;
  mtime_ms: number;
  pipeline_version: number;
  meta_json: string;
  inferred_json: string;
  repair_json: string | null;
  warnings_json: string;
  pages: number | null;
  passages: number;
  ingested_at: string;
}

function fromRow(r: Row): IngestedSource {
  return {
    sourceKey: r.source_key,
    sourcePath: r.source_path,
    documentId: r.document_id,
    kind: r.kind,
    contentHash: r.content_hash,
    metaHash: r.meta_hash,
    size: r.size,
    mtimeMs: r.mtime_ms,
    pipelineVersion: r.pipeline_version,
    meta: JSON.parse(r.meta_json),
    inferred: JSON.parse(r.inferred_json),
    repair: r.repair_json ? JSON.parse(r.repair_json) : undefined,
    warnings: JSON.parse(r.warnings_json),
    pages: r.pages ?? undefined,
    passages: r.passages,
    ingestedAt: r.ingested_at,
  };
}

/** The ingest ledger on SQLite (migrations 070, 071, 083): all SQL of ingestion. */
export class IngestStore implements IngestLedger {
  constructor(private readonly db: Db) {}

  all(): IngestedSource[] {
    return (this.db.prepare('SELECT * FROM ingest_documents ORDER BY source_path').all() as Row[]).map(fromRow);
  }

  bySource(sourceKey: string): IngestedSource | undefined {
    const row = this.db.prepare('SELECT * FROM ingest_documents WHERE source_key = ?').get(sourceKey) as Row | undefined;
    return row ? fromRow(row) : undefined;
  }

  byDocument(documentId: string): IngestedSource | undefined {
    const row = this.db.prepare('SELECT * FROM ingest_documents WHERE document_id = ?').get(documentId) as Row | undefined;
    return row ? fromRow(row) : undefined;
  }

  /** Records a file and replaces its passages, in one transaction. */
  save(source: IngestedSource, passages: Passage[]): void {
    writeTransaction(this.db, () => {
      this.db.prepare('DELETE FROM ingest_documents WHERE source_key = ? OR document_id = ?').run(source.sourceKey, source.documentId);
      this.db
        .prepare(
          `INSERT INTO ingest_documents (source_key, source_path, document_id, kind, content_hash, meta_hash, size, mtime_ms,
             pipeline_version, meta_json, inferred_json, repair_json, warnings_json, pages, passages, ingested_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          source.sourceKey, source.sourcePath, source.documentId, source.kind, source.contentHash, source.metaHash,
          source.size, source.mtimeMs, source.pipelineVersion, JSON.stringify(source.meta), JSON.stringify(source.inferred),
          source.repair === undefined ? null : JSON.stringify(source.repair), JSON.stringify(source.warnings),
          source.pages ?? null, source.passages, source.ingestedAt,
        );
      const insert = this.db.prepare('INSERT INTO ingest_passages (passage_id, document_id, n, passage_json) VALUES (?, ?, ?, ?)');
      for (const p of passages) insert.run(p.id, p.documentId, p.n, JSON.stringify(p));
    });
  }

  /** The file did not change: only its modification time moved. */
  touch(sourceKey: string, mtimeMs: number): void {
    this.db.prepare('UPDATE ingest_documents SET mtime_ms = ? WHERE source_key = ?').run(mtimeMs, sourceKey);
  }

  remove(sourceKey: string): void {
    this.db.prepare('DELETE FROM ingest_documents WHERE source_key = ?').run(sourceKey);
  }

  failure(sourceKey: string): IngestFailure | undefined {
    const r = this.db.prepare('SELECT * FROM ingest_failures WHERE source_key = ?').get(sourceKey) as Record<string, never> | undefined;
    if (!r) return undefined;
    return {
      sourceKey: r.source_key, sourcePath: r.source_path, size: r.size, mtimeMs: r.mtime_ms, metaHash: r.meta_hash,
      pipelineVersion: r.pipeline_version, code: r.code, message: r.message,
    };
  }

  recordFailure(f: IngestFailure): void {
    this.db
      .prepare(
        `INSERT OR REPLACE INTO ingest_failures (source_key, source_path, size, mtime_ms, meta_hash, pipeline_version, code, message, failed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(f.sourceKey, f.sourcePath, f.size, f.mtimeMs, f.metaHash, f.pipelineVersion, f.code, f.message, new Date().toISOString());
  }

  clearFailure(sourceKey: string): void {
    this.db.prepare('DELETE FROM ingest_failures WHERE source_key = ?').run(sourceKey);
  }

  /** Failures recorded for files that are no longer there. */
  forgetFailuresExcept(keep: Set<string>, under: (key: string) => boolean): void {
    const keys = this.db.prepare('SELECT source_key FROM ingest_failures').pluck().all() as string[];
    for (const k of keys) if (!keep.has(k) && under(k)) this.clearFailure(k);
  }

  passageCount(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM ingest_passages').get() as { n: number }).n;
  }

  /** Every stored passage, document by document in order: to rebuild a search index. */
  passages(): Passage[] {
    return (this.db.prepare('SELECT passage_json FROM ingest_passages ORDER BY document_id, n').pluck().all() as string[]).map(
      (j) => JSON.parse(j) as Passage,
    );
  }

  passagesOf(documentIds: string[]): Passage[] {
    const select = this.db.prepare('SELECT passage_json FROM ingest_passages WHERE document_id = ? ORDER BY n').pluck();
    return [...documentIds].sort().flatMap((id) => (select.all(id) as string[]).map((j) => JSON.parse(j) as Passage));
  }

  /** Moved by triggers on every insert and delete of a document (migration 083). */
  generation(): number {
    return this.db.prepare('SELECT generation FROM ingest_generation WHERE id = 1').pluck().get() as number;
  }
}
