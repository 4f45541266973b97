import type { Passage } from '../ingest/types.js';
import { tokenize } from '../text/tokenize.js';
import { matchesFilters } from './filters.js';
import { documentsOf, type IndexedDocument, type PassageIndex, type Query, type RetrieveOptions, type ScoredPassage } from './types.js';

/**
 * The in-memory twin of the retriever port: exact and obviously correct, for contract tests. A passage
 * scores the number of distinct normalised query words it contains; ties keep insertion order.
 */
export class MemoryRetriever implements PassageIndex {
  private readonly passages = new Map<string, { passage: Passage; words: Set<string> }>();

  async upsert(passages: Passage[]): Promise<void> {
    await this.remove([...new Set(passages.map((p) => p.documentId))]);
    for (const p of passages) this.passages.set(p.id, { passage: p, words: new Set(tokenize(p.text)) });
  }

  async remove(documentIds: string[]): Promise<void> {
    const gone = new Set(documentIds);
    for (const [id, entry] of this.passages) if (gone.has(entry.passage.documentId)) this.passages.delete(id);
  }

  generation?: number;

  size(): number {
    return this.passages.size;
  }

  documents(): Map<string, IndexedDocument> {
    return documentsOf([...this.passages.values()].map((e) => e.passage));
  }

  async retrieve(query: Query, options: RetrieveOptions = {}): Promise<ScoredPassage[]> {
    options.signal?.throwIfAborted();
    const words = new Set(tokenize(query.text));
    const scored: ScoredPassage[] = [];
    for (const { passage, words: have } of this.passages.values()) {
      if (!matchesFilters(passage, query.filters)) continue;
      let score = 0;
      for (const w of words) if (have.has(w)) score++;
      if (score > 0) scored.push({ passage, score, confidence: score / words.size });
    }
    return scored.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 10);
  }
}
