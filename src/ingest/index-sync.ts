import type { Logger } from '../logger.js';
import type { IndexedDocument, PassageIndex } from '../retrieval/types.js';
import { PAGES_SINCE_PIPELINE, PIPELINE_KEPT_SINCE } from './ingest-file.js';
import type { IngestedSource, IngestLedger } from './ledger.js';

export interface SyncResult {
  removed: number;
  replaced: number;
}

/**
 * The store is the truth; the search index is derived from it, here and nowhere else. A document the
 * index holds that the store does not is removed; one the store holds that the index lacks, or holds
 * with another content hash, metadata or passage count, is put in again from the stored passages.
 * Vectors of unchanged passages are kept by the index's upsert.
 */
export async function reconcileIndex(store: IngestLedger, index: PassageIndex): Promise<SyncResult> {
  const generation = await store.generation();
  const held = index.documents();
  const stored = await store.all();
  const wanted = new Set(stored.map((s) => s.documentId));
  const gone = [...held.keys()].filter((id) => !wanted.has(id));
  const stale = stored
    .filter((s) => {
      const h = held.get(s.documentId);
      return !h || h.contentHash !== s.contentHash || h.passages !== s.passages || JSON.stringify(h.meta) !== JSON.stringify(s.meta) || h.paged !== paged(s) || cutBefore(h, s);
    })
    .map((s) => s.documentId);
  if (gone.length > 0) await index.remove(gone);
  if (stale.length > 0) await index.upsert(await store.passagesOf(stale));
  index.generation = generation;
  return { removed: gone.length, replaced: stale.length };
}

/**
 * Whether the index holds a document as an older pipeline cut it, when the store holds it as a newer one did
 * (the same text, another cutting: a passage's language, since pipeline 5). Passages stored before the
 * pipeline was kept say none, and are taken as they are until the document is read again.
 */
function cutBefore(held: IndexedDocument, s: IngestedSource): boolean {
  return s.pipelineVersion >= PIPELINE_KEPT_SINCE && held.pipeline < s.pipelineVersion;
}

/**
 * Whether the store's passages of a document carry pages: a PDF read since they do. An index saved before
 * (or by a process that had not seen the re-read) holds the same text without them, and is put right.
 */
function paged(s: IngestedSource): boolean {
  return s.kind === 'pdf' && s.pipelineVersion >= PAGES_SINCE_PIPELINE;
}

/**
 * Keeps one index in line with the store across processes: a cheap look at the store's generation, and
 * a reconcile when it moved (an `arcp ingest` run while the server is up, or an index saved by a process
 * that had not seen the last change). One reconcile at a time.
 */
export class IndexSync {
  private running: Promise<SyncResult | undefined> = Promise.resolve(undefined);

  constructor(private readonly deps: { store: IngestLedger; index: PassageIndex; logger: Logger }) {}

  /**
   * `force` compares every document even when the generations are equal: at start-up, since an index
   * saved against another ledger (the data folder's SQLite before DATABASE_URL was set, another
   * database) can carry the same number by chance.
   */
  refresh(options: { force?: boolean } = {}): Promise<SyncResult | undefined> {
    this.running = this.running.catch(() => undefined).then(() => this.once(options.force ?? false));
    return this.running;
  }

  private async once(force: boolean): Promise<SyncResult | undefined> {
    const { store, index, logger } = this.deps;
    const generation = await store.generation();
    if (!force && index.generation === generation) return undefined;
    const result = await reconcileIndex(store, index);
    if (result.removed + result.replaced > 0) logger.info({ ...result, generation }, 'search index brought in line with the store');
    return result;
  }
}
