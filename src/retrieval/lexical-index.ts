import { titleIn, type Passage } from '../ingest/types.js';
import { analyzeText, type AnalyzeOptions } from '../text/analyze.js';
import { FieldIndex, type Bm25Params, type FieldMeta, type TermGroup } from './field-index.js';
import { ScoreBoard } from './score-board.js';

export const FIELDS = ['words', 'grams', 'pairs'] as const;
export type FieldName = (typeof FIELDS)[number];

/** One way of expressing a query concept, as term groups per field. */
export type FieldQuery = Record<FieldName, TermGroup[]>;

/**
 * One concept of a query with its alternatives (the question's own words, glossary forms, dictionary
 * senses). A passage scores the best of the alternatives, not their sum (Lucene's dis_max): a passage
 * saying "IMRF" must not lose to one spelling out the name and also citing the acronym.
 */
export interface Clause {
  alternatives: FieldQuery[];
  weight: number;
}

export interface LexicalQuery {
  clauses: Clause[];
}

export interface LexicalOptions extends AnalyzeOptions {
  bm25?: Bm25Params;
  /** Weight of each field in the sum of field scores. */
  fieldWeights?: Partial<Record<FieldName, number>>;
}

export interface LexicalHit {
  id: number;
  score: number;
}

// k1/b as measured in the research note (XQuAD-ar, ARCD).
const DEFAULT_BM25: Bm25Params = { k1: 0.9, b: 0.4 };
/** Measured on our set: without word pairs recall@5 falls from 0.977 to 0.930; halving them, to 0.942. */
const DEFAULT_WEIGHTS: Record<FieldName, number> = { words: 1, grams: 1, pairs: 1 };
/**
 * Terms in more than this share of passages (_the, ion_, _ال, ات_, the stem of "migration") are left out
 * of queries: they are most of the postings a query walks and weigh the least. Measured: at 0.3 no loss
 * (our set recall@5 0.977, XQuAD-ar MRR 0.951); at 0.2 recall@5 0.965; at 0.1 0.942 and XQuAD-ar 0.948.
 */
const HIGH_DF = 0.3;

/**
 * BM25 over three fields of every passage: stemmed words, character 4-grams and stemmed word pairs.
 * Passages get internal numeric ids in arrival order; replacing a passage removes it and adds it again
 * under a new id, so posting lists stay sorted without rewriting.
 */
export class LexicalIndex {
  readonly fields: Record<FieldName, FieldIndex> = { words: new FieldIndex(), grams: new FieldIndex(), pairs: new FieldIndex() };
  readonly passages: Array<Passage | undefined> = [];
  private readonly byKey = new Map<string, number>();
  private readonly byDocument = new Map<string, Set<number>>();
  private readonly boards = {
    alt: new ScoreBoard(16),
    clause: new ScoreBoard(16),
    fused: new ScoreBoard(16),
  };
  readonly bm25: Bm25Params;
  readonly fieldWeights: Record<FieldName, number>;
  /** Changes whenever passages are added or removed. */
  version = 0;

  constructor(readonly options: LexicalOptions = {}) {
    this.bm25 = options.bm25 ?? DEFAULT_BM25;
    this.fieldWeights = { ...DEFAULT_WEIGHTS, ...options.fieldWeights };
  }

  get words(): FieldIndex {
    return this.fields.words;
  }

  size(): number {
    return this.byKey.size;
  }

  idOf(passageId: string): number | undefined {
    return this.byKey.get(passageId);
  }

  /**
   * Text that is indexed for a passage: the document title (in the passage's language) and the heading
   * give every short passage its context ("opened the 5th meeting" belongs to "5th regular meeting of the
   * ARCP (Cairo, 2019)").
   */
  static indexedText(p: Passage): string {
    return [titleIn(p.meta, p.lang), p.heading, p.text].filter(Boolean).join('\n');
  }

  add(passage: Passage, analysed = analyzeText(LexicalIndex.indexedText(passage), this.options)): number {
    const id = this.passages.length;
    this.version++;
    this.passages.push(passage);
    this.byKey.set(passage.id, id);
    let set = this.byDocument.get(passage.documentId);
    if (!set) this.byDocument.set(passage.documentId, (set = new Set()));
    set.add(id);
    for (const f of FIELDS) this.fields[f].add(id, analysed[f]);
    return id;
  }

  /** Removes passages by id; their terms are recomputed from the stored text rather than kept. */
  removeIds(ids: Iterable<number>): void {
    this.version++;
    const terms = { words: new Map<number, string[]>(), grams: new Map<number, string[]>(), pairs: new Map<number, string[]>() };
    for (const id of ids) {
      const p = this.passages[id];
      if (!p) continue;
      const a = analyzeText(LexicalIndex.indexedText(p), this.options);
      for (const f of FIELDS) terms[f].set(id, a[f]);
      this.passages[id] = undefined;
      this.byKey.delete(p.id);
      const set = this.byDocument.get(p.documentId);
      set?.delete(id);
      if (set?.size === 0) this.byDocument.delete(p.documentId);
    }
    for (const f of FIELDS) this.fields[f].remove(terms[f]);
  }

  /** Passages by internal id (holes where passages were removed) and each field's stored form. */
  snapshot(): { slots: Array<Passage | undefined>; fields: Record<FieldName, { meta: FieldMeta; parts: Uint8Array[] }> } {
    return {
      slots: this.passages,
      fields: { words: this.fields.words.serialize(), grams: this.fields.grams.serialize(), pairs: this.fields.pairs.serialize() },
    };
  }

  /** An index from stored state: the same internal ids, so the stored posting lists stay valid. */
  static restore(options: LexicalOptions, slots: Array<Passage | undefined>, fields: Record<FieldName, FieldIndex>): LexicalIndex {
    const index = new LexicalIndex(options);
    Object.assign(index.fields, fields);
    slots.forEach((p, id) => {
      index.passages.push(p);
      if (!p) return;
      index.byKey.set(p.id, id);
      let set = index.byDocument.get(p.documentId);
      if (!set) index.byDocument.set(p.documentId, (set = new Set()));
      set.add(id);
    });
    return index;
  }

  /** Releases spare capacity in every posting list. */
  trim(): void {
    for (const f of FIELDS) this.fields[f].trim();
  }

  idsOfDocuments(documentIds: readonly string[]): number[] {
    return documentIds.flatMap((d) => [...(this.byDocument.get(d) ?? [])]);
  }

  /**
   * Clause scores summed; within a clause, the best alternative; within an alternative, the fields'
   * BM25 scores summed with their weights. Raw sums measured best (XQuAD-ar MRR 0.951 vs 0.943 with each
   * field scaled to its best score and 0.945 scaled to its upper bound); the 4-gram field, having more
   * terms, weighs most, which suits Arabic.
   */
  search(query: LexicalQuery, limit: number, accept: (p: Passage, id: number) => boolean): LexicalHit[] {
    const { fused, clause, alt } = this.boards;
    for (const b of [fused, clause, alt]) {
      b.reset();
      b.ensure(this.passages.length);
    }
    for (const c of query.clauses) {
      if (c.alternatives.length === 1) {
        this.accumulate(c.alternatives[0]!, fused, c.weight);
        continue;
      }
      clause.reset();
      for (const a of c.alternatives) {
        alt.reset();
        this.accumulate(a, alt, 1);
        clause.maxWith(alt);
      }
      fused.addFrom(clause, c.weight);
    }
    return fused.top(limit, (id) => accept(this.passages[id]!, id));
  }

  private accumulate(query: FieldQuery, into: ScoreBoard, factor: number): void {
    for (const field of FIELDS) {
      const groups = query[field];
      const weight = this.fieldWeights[field] * factor;
      if (weight === 0 || groups.length === 0) continue;
      this.fields[field].score(groups, into, this.bm25, weight, HIGH_DF);
    }
  }
}
