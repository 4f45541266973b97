import type { QuestionAnalysis } from '../question/types.js';
import { edgePassage } from '../retrieval/recency.js';
import type { ScoredPassage } from '../retrieval/types.js';

/**
 * "The latest statement", «آخر اجتماع»: the retrieved document of the kind asked that is the newest
 * (retrieval/recency.ts) keeps its weight; the others of its kind are the wrong ones, and the rest (the
 * references, the chronology) say less of it.
 */
export interface Recency {
  /** The newest (or oldest) document of the kind asked. */
  documentId: string;
  /** A weight of the relevance itself: the retriever may find older ones as relevant as the newest. */
  weight(documentId: string): number;
  /** Another, older (newer) document of the kind asked: the wrong one, never quoted beside the lead. */
  olderOfKind(documentId: string): boolean;
}

export function recencyOf(passages: readonly ScoredPassage[], time: QuestionAnalysis['time'], question: string): Recency | undefined {
  const edge = edgePassage(passages.map((p) => p.passage), time, question);
  if (!edge) return undefined;
  const typeOf = new Map(passages.map(({ passage: p }) => [p.documentId, p.meta.type]));
  const olderOfKind = (doc: string) => doc !== edge.documentId && typeOf.get(doc) === edge.meta.type;
  return { documentId: edge.documentId, olderOfKind, weight: (doc) => (doc === edge.documentId ? 1 : olderOfKind(doc) ? OTHER_OF_KIND : NOT_OF_KIND) };
}
const OTHER_OF_KIND = 0.3;
const NOT_OF_KIND = 0.6;
