import type { AnswerInstance } from '../question/answer-kind.js';
import { anyMatch, arabicWords, englishWords } from '../question/cues.js';
import { MONTHS_AR, MONTHS_EN, YEAR } from '../question/months.js';
import { PLACES_AR, PLACES_EN } from '../question/place-names.js';
import { normalizeForMatch } from '../text/normalize.js';

// Months by their full names (not "mar", "dec"); "May" only beside a day or a year: alone it is the verb.
const MONTH_NAMES_EN = MONTHS_EN.split('|').filter((m) => m.length > 3 && m !== 'sept');
const DATE = [YEAR, englishWords(MONTH_NAMES_EN), /\d\s+may\b|\bmay\s+\d/, arabicWords(MONTHS_AR)];
const PLACE = [englishWords(PLACES_EN), arabicWords(PLACES_AR)];
const PATTERNS: Record<AnswerInstance, readonly RegExp[]> = { date: DATE, place: PLACE };

/**
 * Whether a passage gives a date or a place. A question's frame word asks for one ("first imrf - dates and
 * place", «ما موعد…») and the passage that answers gives it ("on 17–20 May 2022 in New York") without the
 * word, so the word alone held the answer back (confidence.ts).
 */
export function givesInstance(text: string, kind: AnswerInstance): boolean {
  return anyMatch(PATTERNS[kind], normalizeForMatch(text));
}
