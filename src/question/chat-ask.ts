import { dialectToMsa } from '../text/dialect.js';
import { normalizeForMatch } from '../text/normalize.js';
import { askedTypes } from './question-types.js';
import { AR_QUESTION_WORDS } from './sentence-parts.js';

/** A chat line that asks with no question mark, in English or in any dialect of Arabic. */

export const OPENS_WITH_QUESTION_WORD = /^(?:what(?:'s|’s|s)?|when|where|who|whom|which|how|why)\b/i;

/**
 * "when was the 8th meeting? which person spoke from IOM", «امتى انعقد الاجتماع الثامن؟ مين حضر من ليبيا»: a
 * chat line of its own that opens with a question word asks, with no question mark (the second ask was
 * dropped). Short, in one clause and with no full stop: "When we met in Cairo we discussed this." is said.
 */
const OPENS_WITH_ARABIC_QUESTION_WORD = new RegExp(`^[وف]?(?:${AR_QUESTION_WORDS}|فين|منو|من|كام|ليه)\\s`, 'u');
const CHAT_QUESTION_WORDS = 12;
/** "did…", "is…", «هل…»: a question that opens with its verb. */
const OPENS_WITH_VERB = /^(?:did|does|do|is|are|was|were|has|have|had|can|could|would|will|should)\b|^[وف]?هل\s/iu;

/** Whether a line opens a question, by its question word or verb, after any "quick q:" before it: where an ask begins. */
export function opensAnAsk(line: string): boolean {
  // (A line of its question word alone, «شنو», opens one too.)
  const read = `${inStandardArabic(line.replace(/^[^:：]{1,30}[:：]\s*/u, '').trim())} `;
  return OPENS_WITH_QUESTION_WORD.test(read) || OPENS_WITH_ARABIC_QUESTION_WORD.test(read) || OPENS_WITH_VERB.test(read);
}
const ENDS_WITH_QUESTION_WORD_AR = /(?:^|\s)[وف]?(?:ل|ب)?(?:ايش|اش|شو|وين|فين|امتي|مين|منو|شنو|ليش|لشنو|لايش|لاي|اي|كام|قديش|متي|اين|ماذا)[؟?]?\s*$/u;
const ENDS_ASKING_WORDS = 4;

export function chatQuestion(sentence: string): boolean {
  // «وشنو طلع منه», «وشحال من مليون لاجئ…»: the dialects' question words, read as Modern Standard Arabic.
  const read = inStandardArabic(sentence);
  const words = read.split(/\s+/).length;
  // («…كانت وين؟ وتحضير لإيش»: a short line whose dialect question word comes last, "and preparing for what".)
  const opens = OPENS_WITH_QUESTION_WORD.test(read) || OPENS_WITH_ARABIC_QUESTION_WORD.test(read) || (words <= ENDS_ASKING_WORDS && ENDS_WITH_QUESTION_WORD_AR.test(normalizeForMatch(sentence)));
  return opens && words <= CHAT_QUESTION_WORDS && !/[,،;:]|[.!]$/.test(read) && askedTypes(normalizeForMatch(read)) !== undefined;
}
function inStandardArabic(sentence: string): string {
  const words = sentence.split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const msa = dialectToMsa(normalizeForMatch(words[i]!), words[i + 1] && normalizeForMatch(words[i + 1]!));
    out.push(msa?.msa ?? words[i]!);
    if (msa?.words === 2) i++;
  }
  return out.join(' ');
}
