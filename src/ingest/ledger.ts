import type { Passage } from './types.js';

/**
 * The ingest ledger port: which source files were ingested (with the hashes that make re-ingest
 * incremental), their passages, and the files that failed. SQLite in the product
 * (src/store/ingest-store.ts), a memory twin in tests (memory-ledger.ts); one contract suite for both.
 *
 * Results are `Awaitable`: SQLite answers at once and the ingest pipeline reads it that way today; a
 * network database returns promises, so every caller of the port awaits.
 */
export type Awaitable<T> = T | Promise<T>;

/** What the store remembers about one ingested source file. */
export interface IngestedSource {
  sourceKey: string;
  sourcePath: string;
  documentId: string;
  kind: string;
  contentHash: string;
  metaHash: string;
  size: number;
  mtimeMs: number;
  pipelineVersion: number;
  meta: unknown;
  inferred: string[];
  repair: unknown;
  warnings: string[];
  pages?: number;
  passages: number;
  ingestedAt: string;
}

/** A file that failed, with what identified its version then. */
export interface IngestFailure {
  sourceKey: string;
  sourcePath: string;
  size: number;
  mtimeMs: number;
  metaHash: string;
  pipelineVersion: number;
  code: string;
  message: string;
}

export interface IngestLedger {
  all(): Awaitable<IngestedSource[]>;
  bySource(sourceKey: string): Awaitable<IngestedSource | undefined>;
  byDocument(documentId: string): Awaitable<IngestedSource | undefined>;
  /** Records a file and replaces its passages (and any other file's record of the same document), at once. */
  save(source: IngestedSource, passages: Passage[]): Awaitable<void>;
  /** The file did not change: only its modification time moved. */
  touch(sourceKey: string, mtimeMs: number): Awaitable<void>;
  remove(sourceKey: string): Awaitable<void>;
  failure(sourceKey: string): Awaitable<IngestFailure | undefined>;
  recordFailure(failure: IngestFailure): Awaitable<void>;
  clearFailure(sourceKey: string): Awaitable<void>;
  /** Forgets failures of files not in `keep` for which `under` is true (files gone from the folders ingested). */
  forgetFailuresExcept(keep: Set<string>, under: (key: string) => boolean): Awaitable<void>;
  passageCount(): Awaitable<number>;
  /** Every stored passage, document by document in order: to rebuild a search index. */
  passages(): Awaitable<Passage[]>;
  /** The passages of these documents, document by document in order. */
  passagesOf(documentIds: string[]): Awaitable<Passage[]>;
  /** Moves on every save and removal (touching does not): a search index records the one it reflects. */
  generation(): Awaitable<number>;
}
