import { normalizeForMatch } from '../text/normalize.js';
import type { LetterQuestion } from './letter.js';
import { ARABIC_MIN_PART_WORDS, namesEvent, QUESTION_WORD, wordCount } from './sentence-parts.js';
import { asksTheSource } from './source-asked.js';

/**
 * Asks that share what one of them says (sentence-parts.ts): an occasion said once after two asks, a subject before a
 * colon, "then at…" of another occasion, and a last part that only compares or dates what the first asked.
 */

/**
 * "What did the Secretary-General ask of Arab states, and what did he say about resettlement, when he opened the
 * extraordinary meeting in August 2016?": the occasion said once at the end is every part's that names none.
 */
const OCCASION_AT_END = /[,،]\s*((?:when|while|as)\s+(?:he|she|they|it|the)\b[^,?؟]*|(?:عندما|حين|حينما|لدى|أثناء|اثناء)\s+[^،,?؟]*)[?؟.]?\s*$/iu;

export function withOccasionShared(parts: string[]): string[] {
  const occasion = OCCASION_AT_END.exec(parts.at(-1) ?? '')?.[1];
  if (!occasion || !namesEvent(occasion)) return parts;
  return parts.map((p, i) => (i < parts.length - 1 && !namesEvent(p) ? `${p.replace(/[?؟.]\s*$/u, '')}, ${occasion}` : p));
}

/**
 * «عدد اللاجئين الفلسطينيين: ما الرقم الوارد في بيان 2020، وما الذي ذكرته الأمين العام المساعد في احتفالية 2021؟»
 * (a preamble's subject, preamble.ts), "Palestine refugee figures: what did the 2020 statement give, and what did Ms Abu
 * Ghazaleh say in 2021?": whole asks after a subject and a colon are each asked of it.
 */
const TOPIC_BEFORE_COLON = /^([^?؟:]{3,120}?)\s*:\s*(.+)$/su;

/** What opens asks without naming their subject: a request, the asker's work or purpose («للإحاطة التي تعدها بعثتنا:»). */
const NOT_A_TOPIC = /\b(?:we|i|our|my|us|me|please|kindly|pls|could|would|can|for|ahead|quick|q|note|brief|briefing|report|memo|paper|speech)\b|(?:^|\s)[وف]?(?:ل|لل|في|ب)?(?:نرجو|ارجو|يرجي|الرجاء|نود|اود|نامل|امل|افادت\S*|تزويد\S*|نعد\S*|اعد\S*|تعد\S*|نحضر|احضر|الدقه|دقه|الاحاطه|احاطه|اطار|سياق|تقرير\S*|ورق\S*|مذكر\S*|كلم\S*|تعريف\S*|سؤال|سؤالين|اسئله|استفسار\S*|عاجل|سريع)(?=\s|$)/u;

export function asksOfTopicBeforeColon(sentence: string, joinedParts: (text: string) => LetterQuestion[]): LetterQuestion[] {
  const m = TOPIC_BEFORE_COLON.exec(sentence.trim());
  const topic = m?.[1]!.trim();
  if (!m || !topic || QUESTION_WORD.test(normalizeForMatch(topic)) || NOT_A_TOPIC.test(normalizeForMatch(topic)) || wordCount(topic) < ARABIC_MIN_PART_WORDS) return [];
  const parts = joinedParts(m[2]!);
  // (In its words, as a context is read only where the ask names nothing: «ما الرقم الوارد في بيان 2020» ranked every
  // figure of the statement alike.)
  return parts.map((q) => ({ ...q, text: `${q.text.replace(/[?؟.]+\s*$/u, '')} (${topic})` }));
}

/**
 * «ما الذي ذكرته الأمين العام المساعد في احتفالية 2021، ثم في افتتاح الاجتماع التاسع؟», "what did she say at the 2021
 * celebration, and then at the opening of the 9th meeting?": the same ask of a second occasion.
 */
const THEN_AT = /[،,]\s*(?:و?ثم|and\s+then|then)\s+(في|at|in)\s+(?=\S)/iu;

export function thenAtAnother(piece: string): string[] {
  const m = THEN_AT.exec(piece);
  if (!m) return [piece];
  const first = piece.slice(0, m.index);
  const at = first.lastIndexOf(` ${m[1]} `);
  if (at < 0) return [piece];
  return [first, `${first.slice(0, at)} ${m[1]} ${piece.slice(m.index + m[0].length)}`];
}

/** "and from which year", «وفي أي عام؟»: the year of what the ask before names. */
const YEAR_OF_IT = /^(?:and\s+)?(?:from|in|of)\s+(?:which|what)\s+year$|^و?(?:في|من)\s+(?:أي|اي|أية)\s+(?:عام|سن[ةه])$/iu;

/** "and how do they compare?", «وما الفرق بينهما؟»: the comparison of what the ask before named. */
const COMPARES_THEM = /^(?:and\s+)?(?:how\s+(?:do|did|does)\s+(?:they|these|those|the\s+two|both)\s+(?:compare|differ)|what(?:'s|\s+is|\s+are)\s+the\s+differences?(?:\s+between\s+(?:them|the\s+two))?)\b|^و?(?:كيف\s+(?:تختلف|يختلف|يختلفان|تختلفان|تتقارن|تقارن)|ما\s+الفرق\s+بينهما|ما\s+الفرق\s+بينها)(?![\u0621-\u064A])/iu;


/**
 * "…what figures were given in the 2020 statement and in her 2021 remarks, and how do they compare?" (one comparison);
 * "…from which document this wording comes, and from which year" (the document's year is said with it).
 */
export function askedAsOne(pieces: readonly string[], changeAsked: boolean): boolean {
  if (changeAsked && pieces.slice(1).some((p) => COMPARES_THEM.test(p.trim()))) return true;
  return asksTheSource(pieces[0] ?? '') && pieces.slice(1).some((p) => YEAR_OF_IT.test(p.trim().replace(/[.?؟]+$/u, '')));
}
