import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document } from '@langchain/core/documents';
import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { AppError } from '../errors.js';
import type { Passage } from '../ingest/types.js';
import type { ConfiguredEmbedder } from './embeddings/factory.js';
import { writeAtomic } from './persist.js';

export interface VectorHit {
  passageId: string;
  /** Cosine similarity in [-1, 1]. */
  similarity: number;
}

const META_FILE = 'embedder.json';
const BATCH = 64;

/**
 * Passage vectors in LangChain's HNSWLib store. The store keeps only the passage id (as metadata): the
 * text lives in the lexical index, and duplicating it here would double the memory. Removal marks the
 * hnswlib label deleted, which the LangChain wrapper does not offer.
 */
export class VectorIndex {
  private readonly labels = new Map<string, number>();
  /** Passage id by hnswlib label (undefined once removed), for filtering without the docstore. */
  private readonly byLabel: Array<string | undefined> = [];

  private constructor(
    readonly embedder: ConfiguredEmbedder,
    private store: HNSWLib,
  ) {}

  static create(embedder: ConfiguredEmbedder): VectorIndex {
    return new VectorIndex(embedder, new HNSWLib(embedder.embeddings, { space: 'cosine' }));
  }

  size(): number {
    return this.labels.size;
  }

  ids(): string[] {
    return [...this.labels.keys()];
  }

  has(passageId: string): boolean {
    return this.labels.has(passageId);
  }

  async add(passages: readonly Passage[], textOf: (p: Passage) => string, signal?: AbortSignal): Promise<void> {
    for (let i = 0; i < passages.length; i += BATCH) {
      signal?.throwIfAborted();
      const batch = passages.slice(i, i + BATCH);
      const vectors = await this.embedder.embeddings.embedDocuments(batch.map(textOf));
      const first = this.store._index ? this.store.index.getCurrentCount() : 0;
      await this.store.addVectors(vectors, batch.map((p) => new Document({ pageContent: '', metadata: { id: p.id } })));
      batch.forEach((p, k) => this.setLabel(p.id, first + k));
    }
  }

  remove(passageIds: Iterable<string>): void {
    for (const id of passageIds) {
      const label = this.labels.get(id);
      if (label === undefined) continue;
      this.store.index.markDelete(label);
      this.store.docstore._docs.delete(String(label));
      this.labels.delete(id);
      this.byLabel[label] = undefined;
    }
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.embedder.embeddings.embedQuery(text);
  }

  /**
   * The k nearest passages, best first. Without a filter this is LangChain's search; with one, hnswlib is
   * asked directly with a label filter, because LangChain's filter goes through the docstore for every
   * visited node (measured: most of a filtered query's time at 10k passages).
   */
  async search(vector: number[], k: number, accept?: (passageId: string) => boolean): Promise<VectorHit[]> {
    const n = Math.min(k, this.labels.size);
    if (n === 0) return [];
    // hnswlib-node's default ef is 10: too small for filtered searches and for k above 10.
    this.store.index.setEf(Math.max(64, 2 * n));
    if (!accept) {
      const found = await this.store.similaritySearchVectorWithScore(vector, n);
      return found.map(([doc, distance]) => ({ passageId: doc.metadata.id as string, similarity: 1 - distance }));
    }
    const filter = (label: number) => {
      const id = this.byLabel[label];
      return id !== undefined && accept(id);
    };
    const { neighbors, distances } = this.store.index.searchKnn(vector, n, filter);
    return neighbors.map((label, i) => ({ passageId: this.byLabel[label]!, similarity: 1 - distances[i]! }));
  }

  private setLabel(passageId: string, label: number): void {
    this.labels.set(passageId, label);
    this.byLabel[label] = passageId;
  }

  async save(dir: string): Promise<void> {
    await mkdir(dir, { recursive: true });
    if (this.labels.size > 0 || this.store._index) await this.store.save(dir);
    await writeAtomic(join(dir, META_FILE), JSON.stringify({ embedder: this.embedder.id }));
  }

  /** Loads stored vectors; refuses those built by another embedder. Undefined when none are stored. */
  static async load(dir: string, embedder: ConfiguredEmbedder, onDamaged: (file: string, reason: string) => void): Promise<VectorIndex | undefined> {
    const metaFile = join(dir, META_FILE);
    let meta: { embedder?: unknown };
    try {
      meta = JSON.parse(await readFile(metaFile, 'utf8')) as { embedder?: unknown };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      onDamaged(metaFile, (err as Error).message);
      return undefined;
    }
    if (typeof meta?.embedder !== 'string') {
      onDamaged(metaFile, 'no embedder named');
      return undefined;
    }
    assertSameEmbedder(meta.embedder, embedder.id);
    let store: HNSWLib;
    try {
      store = await HNSWLib.load(dir, embedder.embeddings);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') onDamaged(dir, (err as Error).message);
      return VectorIndex.create(embedder);
    }
    const index = new VectorIndex(embedder, store);
    for (const [label, doc] of store.docstore._docs) index.setLabel(doc.metadata.id as string, Number(label));
    return index;
  }
}

export function assertSameEmbedder(stored: string, configured: string): void {
  if (stored === configured) return;
  throw new AppError(
    'INDEX_MISMATCH',
    `the search index was built with embedder "${stored}" but "${configured}" is configured; ` +
      'run `arcp ingest --rebuild` to re-embed every passage with the configured one',
    { details: { stored, configured } },
  );
}
