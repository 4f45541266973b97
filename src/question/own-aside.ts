import { normalizeForMatch } from '../text/normalize.js';
import { isQuestionSentence } from './question-sentence.js';

/**
 * "…the IOM and ESCWA officials who spoke at that meeting; our records mention a "Carmella Goudeau", but we are
 * not certain of the spelling.", "(we have her name as "Joumana El Ghoul")", «…؛ إذ تشير محاضرنا إلى غير ذلك»:
 * beside what a letter asks, the asker speaks of their own papers and doubts. No record holds those words, and
 * weighed as the question's they made it look like one the record cannot answer. The ask is read without them.
 */

/** Where a clause of a sentence starts: after «؛» or ";", or a dash set apart by spaces. */
const CLAUSE_BREAK = /\s*[;؛]\s+|\s+[—–]\s+/gu;
/** A bracketed aside: "(we have her name as …)". */
const BRACKETED = /\s*\(([^()]{4,200})\)/gu;

const FIRST_PERSON_EN = /\b(?:we|our|ours|us|i|my|me)\b/i;
/** «نحن», «لدينا», «محاضرنا», «نعتقد»…: the asker's own words (not «هنا», «أحيانا»). */
const FIRST_PERSON_AR = /(?<![\u0621-\u064A])(?:نحن|لدينا|عندنا|لنا|ن(?:عتقد|ظن|رى|فهم|علم)|(?!احيانا|حينا)[\u0621-\u064A]{3,}نا)(?![\u0621-\u064A])/u;

/** Whether a clause is the asker speaking of themselves, and asks nothing. */
function ownAside(clause: string): boolean {
  const said = normalizeForMatch(clause);
  return (FIRST_PERSON_EN.test(said) || FIRST_PERSON_AR.test(said)) && !/[?؟]/u.test(clause) && !isQuestionSentence(clause);
}

/** The sentence without the clauses and brackets in which the asker speaks of their own papers; as written when none. */
export function withoutOwnAside(sentence: string): string {
  const unbracketed = sentence.replace(BRACKETED, (whole, inner: string) => (ownAside(inner) ? '' : whole));
  const breaks = [...unbracketed.matchAll(CLAUSE_BREAK)];
  if (breaks.length === 0) return unbracketed;
  const clauses = breaks.map((b, i) => unbracketed.slice(b.index! + b[0].length, breaks[i + 1]?.index ?? unbracketed.length));
  const first = unbracketed.slice(0, breaks[0]!.index);
  const kept = clauses.filter((c) => !ownAside(c));
  if (kept.length === clauses.length) return unbracketed;
  // (The sentence's own end, "?" or ".", stays: it says whether the part asks.)
  const end = /[.?!؟]\s*$/u.exec(unbracketed)?.[0].trim() ?? '';
  const text = [first, ...kept].join('; ').replace(/[.?!؟]\s*$/u, '');
  return `${text}${end}`;
}
