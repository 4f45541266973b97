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
export function preferEdge<T extends { score: number }>(ranked: readonly T[], passageOf: (r: T) => Passage, time: TimeRange, question = ''): T[] {
  const edge = edgePassage(ranked.map(passageOf), time, question);
  if (!edge) return [...ranked];
  // Named ("the latest meeting"), the kind is sure: its newest document is the answer, however few of the
  // question's words it shares with a reference that counts the meetings.
  const bonus = kindNamed(question) ? NAMED_EDGE_BONUS : EDGE_BONUS;
  return ranked.map((r) => (passageOf(r).documentId === edge.documentId ? { ...r, score: r.score * bonus } : r)).sort((a, b) => b.score - a.score);
}
const NAMED_EDGE_BONUS = 3;

/**
 * A passage of the document "the latest" (or "the earliest") asks for among ranked passages: of the type
 * of the best-ranked event document, the newest (oldest); none when the question asks neither.
 */
export function edgePassage(ranked: readonly Passage[], time: TimeRange, question = ''): Passage | undefined {
  if (!time.latest && !time.earliest) return undefined;
  const kind = kindNamed(question) ?? ranked.find((p) => EVENT_TYPES.has(p.meta.type))?.meta.type;
  if (!kind) return undefined;
  const newer = (a: Passage, b: Passage) => (time.latest ? b.meta.date > a.meta.date : b.meta.date < a.meta.date);
  // "The latest statement" when no statement was found: none (a reduce of nothing threw, and the turn failed).
  const ofKind = ranked.filter((p) => p.meta.type === kind);
  return ofKind.length === 0 ? undefined : ofKind.reduce((a, b) => (newer(a, b) ? b : a));
}

/**
 * The kind of document a question names with "the latest": «آخر اجتماع» a meeting report, "the latest
 * statement" an annual statement. Without it, the best-ranked event document's type decides (a reference
 * that counts the meetings ranked first for «ما هو آخر اجتماع عقدته العملية؟»).
 */
function kindNamed(question: string): string | undefined {
  if (MEETING.test(question)) return 'meeting-report';
  if (STATEMENT.test(question)) return 'annual-statement';
  return undefined;
}
const MEETING = /\b(?:meeting|meetings|mtg)\b|(?<![\u0621-\u064A])(?:ال)?اجتماع(?:ات)?(?![\u0621-\u064A])/iu;
const STATEMENT = /\bstatements?\b|(?<![\u0621-\u064A])(?:ال)?بيان(?:ات)?(?![\u0621-\u064A])/iu;
