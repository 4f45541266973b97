import { arabicWords } from '../question/cues.js';
import { normalizeForMatch } from '../text/normalize.js';
import { isArabicWord } from '../text/tokenize.js';
import type { AnswerPlan } from './answer-plan.js';
import type { QuestionConcept } from './question-terms.js';
import { quoteWithContext } from './record-silence.js';
import { unitPassage, unitText, type Unit } from './units.js';

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The ways of writing one person the question names, as patterns over normalised text. */
function personPatterns(concept: QuestionConcept): RegExp[] {
  const forms = [concept.source, ...concept.targets].map((f) => normalizeForMatch(f).trim()).filter(Boolean);
  const arabic = forms.filter((f) => isArabicWord(f.split(/\s+/)[0]!));
  // "Al-Ghoul" is read "al ghoul" from the question: a space or a hyphen between the parts of a name.
  const english = forms.filter((f) => !arabic.includes(f)).map((f) => f.split(/[\s-]+/).map(escaped).join('[\\s-]+'));
  const patterns = english.length > 0 ? [new RegExp(`\\b(?:${english.join('|')})\\b`)] : [];
  return [...patterns, ...(arabic.length > 0 ? [arabicWords(arabic, { clitics: true })] : [])];
}

/**
 * "What did Amy Pope say at the 10th meeting?", «ما دور لورا طومسون في الاجتماع الخامس؟»: a person the
 * glossary names is asked about, and no document quoted names that person. What others said at that meeting
 * is no answer: the answer quoted the meeting's own sentences, whose fit to the meeting asked outweighed the
 * one sentence that names the person at another event. A quote's document counts whole: «أكد الأمين العام
 * أن تغير المناخ…» is Aboul Gheit speaking, named a sentence before.
 */
export function askedPersonMissing(concepts: readonly QuestionConcept[], plan: AnswerPlan, units: readonly Unit[]): boolean {
  const persons = concepts.filter((c) => c.person);
  if (persons.length === 0 || plan.quotes.length === 0) return false;
  const quoted = new Set(plan.quotes.map((q) => unitPassage(q.unit).documentId));
  const texts = [
    ...plan.quotes.map((q) => quoteWithContext(q.unit)),
    ...units.filter((u) => quoted.has(unitPassage(u).documentId)).map(unitText),
  ].map(normalizeForMatch);
  return persons.some((p) => {
    const patterns = personPatterns(p);
    return !texts.some((text) => patterns.some((re) => re.test(text)));
  });
}
