import { PostingList } from './posting-list.js';
import type { ScoreBoard } from './score-board.js';

/** Query terms that count as one: the readings or translations of one query word (Pirkola's synonyms). */
export interface TermGroup {
  terms: string[];
  weight: number;
}

export interface Bm25Params {
  k1: number;
  b: number;
}

/**
 * One BM25 field: an inverted index from terms to posting lists, plus document lengths. A group of
 * terms is scored as one term: term frequencies summed, document frequency the size of the union.
 */
export class FieldIndex {
  readonly postings = new Map<string, PostingList>();
  lengths = new Float32Array(16);
  // Per-term scratch counters for add(), keyed by the list itself to avoid a Map per passage.
  private readonly counts = new Map<PostingList, number>();
  totalLength = 0;
  docCount = 0;
  // Scratch for summing a group's term frequencies per document.
  private groupTf = new Float64Array(16);

  add(id: number, terms: readonly string[]): void {
    const counts = this.counts;
    for (const t of terms) {
      let list = this.postings.get(t);
      if (!list) this.postings.set(t, (list = new PostingList()));
      counts.set(list, (counts.get(list) ?? 0) + 1);
    }
    for (const [list, tf] of counts) list.push(id, tf);
    counts.clear();
    this.ensure(id + 1);
    this.lengths[id] = terms.length;
    this.totalLength += terms.length;
    this.docCount++;
  }

  /** Removes documents, given the terms each one was indexed with. */
  remove(docs: ReadonlyMap<number, readonly string[]>): void {
    const affected = new Set<string>();
    for (const [id, terms] of docs) {
      for (const t of terms) affected.add(t);
      this.totalLength -= this.lengths[id]!;
      this.lengths[id] = 0;
      this.docCount--;
    }
    const dead = (id: number): boolean => docs.has(id);
    for (const term of affected) {
      const list = this.postings.get(term);
      if (!list) continue;
      list.removeIds(dead);
      if (list.length === 0) this.postings.delete(term);
    }
  }

  df(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  idf(df: number): number {
    return Math.log(1 + (this.docCount - df + 0.5) / (df + 0.5));
  }

  /** Whether a document contains the term. */
  contains(term: string, id: number): boolean {
    return this.postings.get(term)?.has(id) ?? false;
  }

  /**
   * Adds `factor` × the BM25 score of each group to the board. Single terms found in more than
   * `maxDfRatio` of the documents are skipped: they cost the most to traverse and weigh the least.
   */
  score(groups: readonly TermGroup[], board: ScoreBoard, params: Bm25Params, factor = 1, maxDfRatio = 1): void {
    if (this.docCount === 0) return;
    const avg = this.totalLength / this.docCount || 1;
    const maxDf = maxDfRatio * this.docCount;
    for (const group of groups) {
      const lists = unique(group.terms)
        .map((t) => this.postings.get(t))
        .filter((l): l is PostingList => l !== undefined);
      if (lists.length === 0) continue;
      if (lists.length === 1 && lists[0]!.length > maxDf) continue;
      if (lists.length === 1) this.scoreList(lists[0]!, group.weight * factor, board, params, avg);
      else this.scoreUnion(lists, group.weight * factor, board, params, avg);
    }
  }

  private scoreList(list: PostingList, weight: number, board: ScoreBoard, p: Bm25Params, avg: number): void {
    list.scoreInto(board, weight * this.idf(list.length) * (p.k1 + 1), p.k1, p.b, this.lengths, avg);
  }

  private scoreUnion(lists: PostingList[], weight: number, board: ScoreBoard, p: Bm25Params, avg: number): void {
    const hit: number[] = [];
    const groupTf = this.groupTf;
    for (const list of lists) {
      list.forEach((id, tf) => {
        if (groupTf[id] === 0) hit.push(id);
        groupTf[id]! += tf;
      });
    }
    const w = weight * this.idf(hit.length) * (p.k1 + 1);
    for (const id of hit) {
      const tf = groupTf[id]!;
      groupTf[id] = 0;
      board.add(id, (w * tf) / (tf + p.k1 * (1 - p.b + (p.b * this.lengths[id]!) / avg)));
    }
  }

  ensure(capacity: number): void {
    if (capacity <= this.lengths.length) return;
    const cap = Math.max(capacity, this.lengths.length * 2);
    const lengths = new Float32Array(cap);
    lengths.set(this.lengths);
    this.lengths = lengths;
    this.groupTf = new Float64Array(cap);
  }

  /** Terms, list headers and the binary parts of every list, for the stored index. */
  serialize(): { meta: FieldMeta; parts: Uint8Array[] } {
    const terms: string[] = [];
    const headers: number[][] = [];
    const parts: Uint8Array[] = [];
    for (const [term, list] of this.postings) {
      const { header, bytes, skips } = list.serialize();
      terms.push(term);
      headers.push(header);
      parts.push(bytes, new Uint8Array(skips.buffer, skips.byteOffset, skips.byteLength));
    }
    const lengths = this.lengths.slice();
    parts.unshift(new Uint8Array(lengths.buffer));
    return { meta: { terms, headers, totalLength: this.totalLength, docCount: this.docCount, slots: lengths.length }, parts };
  }

  /** A field from stored state; `read(n)` returns the next n bytes of the binary file. */
  static restore(meta: FieldMeta, read: (n: number) => Uint8Array): FieldIndex {
    const field = new FieldIndex();
    field.ensure(meta.slots);
    field.lengths.set(new Float32Array(copy(read(meta.slots * 4))));
    meta.terms.forEach((term, i) => {
      const header = meta.headers[i]!;
      const bytes = read(header[2]!);
      const skips = new Int32Array(copy(read(header[3]! * 12)));
      field.postings.set(term, PostingList.restore(header, bytes, skips));
    });
    field.totalLength = meta.totalLength;
    field.docCount = meta.docCount;
    return field;
  }

  trim(): void {
    for (const list of this.postings.values()) list.trim();
  }
}

export interface FieldMeta {
  terms: string[];
  headers: number[][];
  totalLength: number;
  docCount: number;
  slots: number;
}

/** An aligned copy, for typed arrays of 4-byte elements over a file buffer at any offset. */
function copy(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

function unique(terms: readonly string[]): string[] {
  return terms.length < 2 ? (terms as string[]) : [...new Set(terms)];
}
