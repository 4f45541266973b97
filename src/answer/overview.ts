import type { AnswerPlan } from './answer-plan.js';
import { overlaps, restates } from './quote-overlap.js';
import { byScore, substantive } from './supports.js';
import type { ScoredUnit } from './unit-scoring.js';
import { isListPassage, unitPassage, unitText } from './units.js';

/** Quotes beside a record's opening when a thing is asked about as a whole: its main points. */
const MAIN_POINTS = 2;
/** A list item of fewer words is a heading or a fragment, not a point made. */
const LIST_SENTENCE_WORDS = 8;

/**
 * "Tell me about the 6th meeting", «حدثني عن الاجتماع السادس»: the record of the event asked (the best-ranked
 * document that fits the meeting, session or year named, of the best unit) opens with what it was, when and where; its main
 * points follow, the units that best answer the question, each adding its own text. Scored alone, the
 * three calls of its closing statement led and the year it was held was never said. Undefined when no
 * record fits a named event: a thing asked about that is no event ("tell me about the GFMD") is answered
 * as any other question.
 */
export function planOverview(units: readonly ScoredUnit[], fit: ReadonlyMap<string, number>): AnswerPlan | undefined {
  const record = units.filter((s) => substantive(s) && (fit.get(s.documentId) ?? 1) > 1).sort(byScore)[0]?.documentId;
  if (!record) return undefined;
  const sentences = units.filter((s) => s.documentId === record && s.unit.kind === 'sentence');
  // The record's first sentence says what the event was even when it adds what is not known of it
  // («عُقد الاجتماع السادس… على الأرجح عام 2020، إلا أن تاريخه الدقيق غير مؤكد…»).
  const opening = sentences.filter((s) => substantive(s) || s.unit.note === 'absence').reduce<ScoredUnit | undefined>((first, s) => (!first || s.unit.order < first.unit.order ? s : first), undefined);
  if (!opening) return undefined;
  // A short item of a list read alone ("Support to host countries and communities.") says nothing of its
  // own; a numbered point that is a sentence ("1. The ARCP member-state representatives affirmed…") does.
  const fragment = (s: ScoredUnit) => isListPassage(unitPassage(s.unit)) && unitText(s.unit).split(/\s+/).length < LIST_SENTENCE_WORDS;
  const own = sentences.filter((s) => substantive(s) && !fragment(s));
  const quotes = [opening];
  // Its main points are what it said, called for, aimed at: the units with most evidence of a position, in
  // the record's order (by relevance, sentences that repeat the event's name came first: "…was held under
  // decision 7833" before what the meeting was for).
  const points = [...own].sort((a, b) => b.evidence[0]! - a.evidence[0]! || a.unit.order - b.unit.order);
  for (const s of points) {
    if (quotes.length > MAIN_POINTS) break;
    if (!quotes.some((q) => q === s || overlaps(q, s) || restates(q, s))) quotes.push(s);
  }
  return { layout: 'lead', quotes, gaps: [] };
}
