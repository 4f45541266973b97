import type { QuestionAnalysis } from '../question/types.js';
import { ordinalMentions } from '../question/understand.js';
import { tokenize } from '../text/tokenize.js';
import { namesAsked, openingYear } from './document-facts.js';
import type { ScoredUnit } from './unit-scoring.js';
import { unitText } from './units.js';

/**
 * "When and where was the 2nd regular meeting held?": a chronology's entry of its own date that does not name the
 * event asked ("10 November 2021, online: Arab regional consultations on the GCR…") is another event's. When no
 * record of the event asked is at hand and such an entry leads, nothing on record answers (record-silence.ts).
 */
export function isOtherEntry(s: ScoredUnit, asked: QuestionAnalysis['entities']['mentions']): boolean {
  return s.fit <= 1 && openingYear(unitText(s.unit)) !== undefined && !namesAsked(ordinalMentions(tokenize(unitText(s.unit))), asked);
}
