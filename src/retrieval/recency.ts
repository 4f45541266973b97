import type { Passage } from '../ingest/types.js';
import type { TimeRange } from '../question/types.js';

/** Documents that record an event of their own date (a meeting, a statement), unlike references. */
const EVENT_TYPES = new Set(['meeting-report', 'final-statement', 'annual-statement', 'position-paper', 'recommendations', 'contribution']);

/** The newest (or oldest) document of the kind asked for gains this factor over the others of its kind. */
const EDGE_BONUS = 1.6;

/**
 * "What did the latest ARCP meeting focus on?", «آخر اجتماع للعملية كان وين؟»: the words match every
 * meeting report alike, and the newest one need not rank first. The kind asked for is the type of the
 * best-ranked event document (a meeting report, an annual statement); among the candidates of that type,
 * the newest — or the oldest, for "the earliest" — is moved up.
 */
export function preferEdge<T extends { score: number }>(ranked: readonly T[], passageOf: (r: T) => Passage, time: TimeRange): T[] {
  const edge = edgePassage(ranked.map(passageOf), time);
  if (!edge) return [...ranked];
  return ranked.map((r) => (passageOf(r).documentId === edge.documentId ? { ...r, score: r.score * EDGE_BONUS } : r)).sort((a, b) => b.score - a.score);
}

/**
 * A passage of the document "the latest" (or "the earliest") asks for among ranked passages: of the type
 * of the best-ranked event document, the newest (oldest); none when the question asks neither.
 */
export function edgePassage(ranked: readonly Passage[], time: TimeRange): Passage | undefined {
  if (!time.latest && !time.earliest) return undefined;
  const kind = ranked.find((p) => EVENT_TYPES.has(p.meta.type))?.meta.type;
  if (!kind) return undefined;
  const newer = (a: Passage, b: Passage) => (time.latest ? b.meta.date > a.meta.date : b.meta.date < a.meta.date);
  return ranked.filter((p) => p.meta.type === kind).reduce((a, b) => (newer(a, b) ? b : a));
}
