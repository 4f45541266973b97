import { normalizeForMatch } from '../text/normalize.js';
import { RECORD_NOUN_EN } from './cues.js';
import { focusWords } from './focus.js';
import type { QuestionType } from './types.js';

/**
 * "What positions did the 2017 WRD statement take?", "What was the ARCP's position in its 2019 statement?", «شو كانت
 * مواقف بيان يوم اللاجئ العالمي…؟», «وش كان موقف العملية في بيان 2017؟»: the positions a record took, as a whole, are
 * what it said (overview.ts); "position" is then the kind of answer asked, not a word the answer must hold. Read as
 * one position whose word the chronology's "Arab position paper" held, the sentence saying who issues such
 * statements led, and the statement's own points were not quoted.
 */
const POSITIONS_OF = [
  new RegExp(String.raw`\bwhat\s+(?:main\s+|key\s+)?positions?\s+(?:did|does|do)\s+(?:the\s+)?[^?]{0,80}?\b${RECORD_NOUN_EN}\s+(?:take|adopt|set\s+out|express|state)\b`),
  new RegExp(String.raw`\bwhat\s+(?:was|were|is|are)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:main\s+|key\s+)?positions?\s+(?:(?:taken|set\s+out|expressed|stated)\s+)?(?:of|in)\s+(?:the\s+|its\s+|their\s+)?[^?]{0,60}?\b${RECORD_NOUN_EN}\b`),
  /(?:^|\s)(?:ما|ماذا|شو|ايش|وش|شنو|اشنو|ايه)\s+(?:(?:هو|هي|كان|كانت|هم)\s+)?(?:مواقف|موقف|المواقف)\s+(?:[^؟?\s]+\s+){0,3}?(?:في\s+|ب)?(?:ال)?(?:بيان|ورقه|مساهمه|اعلان|رساله)(?![\u0621-\u064A])/u,
];
/** The words that name the positions asked. */
export const POSITION_WORD = /^(?:positions?|stances?|مواقف|موقف|المواقف|الموقف)$/u;

/**
 * Whether the question asks the positions a record took, as a whole: no subject of them named (focus.ts: "…on
 * Gaza", «…من حق العودة»).
 */
export function asksPositionsOfRecord(question: string, types?: readonly QuestionType[]): boolean {
  const text = normalizeForMatch(question);
  return POSITIONS_OF.some((re) => re.test(text)) && focusWords(question, types).length === 0;
}
