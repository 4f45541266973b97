import type { Lang } from '../channel/types.js';
import type { DocType, DocumentMeta, Passage } from '../ingest/types.js';

export interface SearchFilters {
  types?: DocType[];
  forums?: string[];
  yearFrom?: number;
  yearTo?: number;
  lang?: Lang;
  status?: string[];
  /** Only documents dated on or before this day (YYYY-MM-DD): a position "as of" a date. */
  asOf?: string;
}

export interface Query {
  text: string;
  lang: Lang;
  filters?: SearchFilters;
}

export interface ScoredPassage {
  passage: Passage;
  /** Higher is better; comparable only within one result list. */
  score: number;
  /** Calibrated relevance in [0, 1] used for abstention. */
  confidence?: number;
}

export interface RetrieveOptions {
  limit?: number;
  signal?: AbortSignal;
}

/** The retriever port. */
export interface Retriever {
  retrieve(query: Query, options?: RetrieveOptions): Promise<ScoredPassage[]>;
}

/** A retriever whose contents can be replaced or updated incrementally. */
export interface PassageIndex extends Retriever {
  /** Adds or replaces the passages of the given documents. */
  upsert(passages: Passage[]): Promise<void>;
  /** Removes every passage of these documents. */
  remove(documentIds: string[]): Promise<void>;
  size(): number;
  /** What the index holds of each document: to bring it in line with the store. */
  documents(): Map<string, IndexedDocument>;
  /** The store's generation this index reflects (see src/ingest/index-sync.ts); kept with the index when saved. */
  generation?: number;
}

export interface IndexedDocument {
  contentHash: string;
  meta: DocumentMeta;
  passages: number;
  /** Whether its passages carry page numbers (a PDF ingested since they do). */
  paged: boolean;
  /** The oldest pipeline that cut one of its passages (0 when a passage does not say). */
  pipeline: number;
}

/** What an index holds of each document, read off its passages. */
export function documentsOf(passages: Iterable<Passage | undefined>): Map<string, IndexedDocument> {
  const out = new Map<string, IndexedDocument>();
  for (const p of passages) {
    if (!p) continue;
    const d = out.get(p.documentId);
    if (d) {
      d.passages++;
      d.paged ||= p.page !== undefined;
      d.pipeline = Math.min(d.pipeline, p.pipeline ?? 0);
    } else out.set(p.documentId, { contentHash: p.contentHash, meta: p.meta, passages: 1, paged: p.page !== undefined, pipeline: p.pipeline ?? 0 });
  }
  return out;
}
