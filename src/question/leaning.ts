import { normalizeForMatch } from '../text/normalize.js';
import { withoutCourtesy } from './courtesy.js';
import { namesOnlyTheKind } from './kind-only.js';
import { isArabicText, wordCount } from './sentence-parts.js';

/**
 * Whether a question leans on what was said before it for its subject: it points back ("that position"), names it
 * by a pronoun alone ("who opened it?", «ومين افتتحه؟»), or is too short to name it.
 */

/** Fewer words than this, and a question cannot name its own subject. */
const SHORT_QUESTION_WORDS = 4;

/**
 * A question that names its subject only by pointing back: "this", "that position", "the two figures", "the
 * first one", «ذلك الاجتماع», "…there?".
 */
const POINTS_BACK = new RegExp(
  String.raw`\b(?:this|that|these|those|such|the said|the above|aforementioned|the two|both|the former|the latter|them)\b|` +
    String.raw`\b(?:first|second|third|last|latest|next|previous|other) ones?\b|` +
    // "what did Abu Ghazaleh push for there?": at the event asked before, ending the question.
    String.raw`\bthere\s*[?.!]*$|` +
    String.raw`(?<![\p{L}])(?:ذلك|تلك|هذا|هذه|هؤلاء|هداك|هديك|هذاك|هذيك|المذكور|المذكوره|المشار اليه|المشار اليها|نفسه|نفسها|كلاهما|كليهما|بينهما|منهما|فيهما|عنهما|ده|دي|هاد|هادا|هادي|هيدا|هيدي|هالكلام|هالحكي)(?![\p{L}])|` +
    // «لتلك الدورة», «بهذا الاجتماع»: a demonstrative with its preposition on an event («لذلك» alone is "therefore").
    String.raw`(?<![\p{L}])[لب](?:تلك|ذلك|هذه|هذا)\s+ال(?:دوره|اجتماع|منتدي|منتدى|مؤتمر|بيان|مشاوره|ورقه|قمه|استعراض)(?![\p{L}])`,
  'u',
);

/** "the 2nd one", "the last ones", "when was the first one held?": one of what was named before, by its rank alone. */
export const ONE_BY_RANK = /\b(?:first|second|third|fourth|fifth|last|latest|next|previous|other|\d{1,2}(?:st|nd|rd|th))\s+ones?\b/i;

/** Whether a question names its subject only by pointing back ("that position", «ذلك الاجتماع»). */
export function pointsBack(question: string): boolean {
  return POINTS_BACK.test(normalizeForMatch(question));
}

/**
 * A short question whose subject is a pronoun: "how often is it held?", "when was it distributed?",
 * «كل قديش بينعقد؟», «ومين افتتحه؟». Longer questions use "it" of what they name themselves.
 */
export const PRONOUN_EN = /\b(?:it|its|they|them|their|there|he|she|him|her|his)\b/i;
const PRONOUN_AR = /[\u0621-\u064A]{3,}(?:ه|ها|هم|هما)(?![\u0621-\u064A])/u;
const PRONOUN_QUESTION_WORDS = 6;
/** "IMRF", "GRFs": a subject named by its acronym. */
const ACRONYM = /\b[A-Z]{2,}s?\b/;
/** «طيب…», "ok so…": words that take the turn and say nothing of what is asked (also in core/followup.ts). */
export const TURN_WORDS = ['طيب', 'طب', 'اوكي', 'تمام', 'ماشي', 'زين', 'حلو', 'اوك', 'ok', 'okay', 'so', 'well', 'right', 'great', 'cool', 'perfect', 'got it'];
/** At the start of a question, read as normalised text: "and", «يعني» too. */
const TURN_TAKING = new RegExp(`^(?:(?:${[...TURN_WORDS, 'يعني', 'and'].join('|')})[\\s,،]+)+`, 'u');

/**
 * Whether a question is about what was said before it: it points back, names it by a pronoun, is too short to name
 * it, or asks only for a kind of answer ("Could you outline the main steps?").
 */
export function leansOnContext(question: string): boolean {
  return pointsBack(question) || namesNothing(question) || namesOnlyTheKind(question);
}

/** Whether a question is too short to name its subject, or names it by a pronoun alone ("who opened it?", «ومن افتتحه؟»). */
export function namesNothing(question: string): boolean {
  // «طيب ومين افتتحه؟», "ok so who opened it?": the word that takes the turn names nothing either.
  const norm = normalizeForMatch(question).replace(TURN_TAKING, '');
  const words = wordCount(norm);
  // ("whats the IMRF", «شنو يعني GRF؟»: an acronym names its subject, however short the question.)
  if (words < SHORT_QUESTION_WORDS) return !ACRONYM.test(question);
  // (A definite noun last names the subject: «…الاتفاق العالمي للهجرة», whose «ة» is written «ه» as a pronoun is.)
  return words <= PRONOUN_QUESTION_WORDS && (isArabicText(norm) ? hasArabicPronoun(question) && !/(?:^|\s)(?:[وفبك]?ال|لل)\S+$/u.test(norm) : PRONOUN_EN.test(norm));
}

/**
 * «ومين افتتحه؟», «متى صدر بيانها؟»: a word with a pronoun on its end, read as written, where «ة» is not «ه»: «متى
 * انطلقت العملية رسمياً وبأي مناسبة؟» holds none («العملية», «مناسبة»), and a definite noun takes no pronoun.
 */
function hasArabicPronoun(question: string): boolean {
  const words = question.replace(/[\u064B-\u0652\u0640]/gu, '').split(/[^\u0621-\u064A]+/u);
  return words.some((w, i) => PRONOUN_AR.test(i === 0 ? w.replace(/^و/u, '') : w) && !/^(?:[وفبك]?ال|لل)/u.test(w));
}

/** Where one ask of a request ends: a comma, "and", or «و» before a question word (not «وثيقة»). */
const ASKS_APART = /\s*(?:,|;|\band\b|،|(?<![\u0621-\u064A])و(?=(?:من|مين|متى|ما|ماذا|شو|[أا]ين|وين|كيف|كم|هل|[أا]ي)(?![\u0621-\u064A])))\s*/u;
/** "its title and when it was launched": every ask of the request, its courtesy gone, names nothing but by a pronoun. */
export function asksOfAPronounAlone(question: string): boolean {
  const asks = withoutCourtesy(question).split(ASKS_APART).filter((a) => a.trim());
  return asks.length >= 2 && asks.every(namesNothing);
}

/**
 * "…what did the 2025 statement say about it?", «وماذا قال بيان 2025 عنها؟», "…when did the arab side first coordinate
 * for it": a question whose topic, at its end, is only a pronoun: it is of what was asked before it, whatever record
 * or year it names of its own.
 */
const TOPIC_IS_IT = /\s(?:about|on|regarding|concerning|towards?|for|of)\s+(?:it|them)\s*[?.!]*\s*$|\s(?:عنه|عنها|عنهم|بشأنه|بشأنها|بشانه|بشانها|حوله|حولها|بخصوصه|بخصوصها|منه|منها)\s*[?؟.!]*\s*$/iu;
export function topicIsIt(question: string): boolean {
  return TOPIC_IS_IT.test(question);
}
