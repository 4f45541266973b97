import type { IngestedSource, IngestFailure, IngestLedger } from './ledger.js';
import type { Passage } from './types.js';

/** In-memory twin of the ingest ledger, for tests and the contract suite. */
export class MemoryIngestLedger implements IngestLedger {
  private readonly sources = new Map<string, { source: IngestedSource; passages: Passage[] }>();
  private readonly failures = new Map<string, IngestFailure>();
  private written = 1;

  all(): IngestedSource[] {
    return [...this.sources.values()].map((s) => structuredClone(s.source)).sort((a, b) => a.sourcePath.localeCompare(b.sourcePath));
  }

  bySource(sourceKey: string): IngestedSource | undefined {
    const s = this.sources.get(sourceKey);
    return s && structuredClone(s.source);
  }

  byDocument(documentId: string): IngestedSource | undefined {
    return this.all().find((s) => s.documentId === documentId);
  }

  save(source: IngestedSource, passages: Passage[]): void {
    for (const [key, s] of this.sources) if (s.source.documentId === source.documentId) this.sources.delete(key);
    this.sources.set(source.sourceKey, { source: structuredClone(source), passages: structuredClone(passages) });
    this.written++;
  }

  touch(sourceKey: string, mtimeMs: number): void {
    const s = this.sources.get(sourceKey);
    if (s) s.source.mtimeMs = mtimeMs;
  }

  remove(sourceKey: string): void {
    if (this.sources.delete(sourceKey)) this.written++;
  }

  failure(sourceKey: string): IngestFailure | undefined {
    const f = this.failures.get(sourceKey);
    return f && structuredClone(f);
  }

  recordFailure(failure: IngestFailure): void {
    this.failures.set(failure.sourceKey, structuredClone(failure));
  }

  clearFailure(sourceKey: string): void {
    this.failures.delete(sourceKey);
  }

  forgetFailuresExcept(keep: Set<string>, under: (key: string) => boolean): void {
    for (const key of [...this.failures.keys()]) if (!keep.has(key) && under(key)) this.failures.delete(key);
  }

  passageCount(): number {
    return [...this.sources.values()].reduce((n, s) => n + s.passages.length, 0);
  }

  passages(): Passage[] {
    return [...this.sources.values()]
      .sort((a, b) => a.source.documentId.localeCompare(b.source.documentId))
      .flatMap((s) => structuredClone([...s.passages].sort((a, b) => a.n - b.n)));
  }

  passagesOf(documentIds: string[]): Passage[] {
    const wanted = new Set(documentIds);
    return this.passages().filter((p) => wanted.has(p.documentId));
  }

  generation(): number {
    return this.written;
  }
}
