import { normalizeForMatch } from '../text/normalize.js';
import { arabicWords, englishWords } from './cues.js';
import type { QuestionType } from './types.js';

/**
 * "Tell me about the 6th meeting", "what do you know about the 2019 statement?", "brief me on the July 2017
 * meeting", «حدثني عن الاجتماع السادس», «شو بتعرف عن الاجتماع الثامن؟», «نبذة عن…»: a thing asked about as
 * a whole, no one fact of it. Such a question is answered by what the thing was (the record's opening:
 * what, when, where) and then its main points, not by whichever of its sentences repeats its name most.
 */
const OVERVIEW = [
  englishWords([
    'tell (?:me|us) (?:a (?:bit|little) |more )?about',
    'what (?:do|can) you (?:know|tell (?:me|us)) (?:of|about)',
    'what (?:is|was) (?:there )?(?:known|on record) (?:of|about)',
    'brief (?:me|us) (?:on|about)',
    'briefing on',
    '(?:an |a short |a brief |quick )?(?:overview|background|rundown|summary) (?:of|on)',
    'give (?:me|us) (?:an |a |some )?(?:overview|background|information|info|details)(?: (?:of|on|about))?',
    '(?:any |some )?(?:information|info) (?:on|about)',
  ]),
  arabicWords([
    'حدثني عن', 'حدثنا عن', 'حدثوني عن', 'حدثونا عن', 'كلمني عن', 'كلمنا عن', 'احكيلي عن', 'احكي لي عن', 'احكيلنا عن', 'قلي عن', 'قللي عن', 'قول لي عن',
    'ماذا تعرف عن', 'ماذا تعرفون عن', 'ما الذي تعرفه عن', 'شو بتعرف عن', 'شو تعرف عن', 'ايش تعرف عن', 'وش تعرف عن', 'اشنو تعرف عن', 'تعرف ايه عن', 'تعرف اي شي عن',
    'نبذه عن', 'لمحه عن', 'معلومات عن', 'ملخص عن', 'فكره عن', 'خلفيه عن',
  ]),
];

/** Kinds that name one fact or a shape of answer: a question typed so asks for that, not for the whole. */
const SPECIFIC: ReadonlySet<QuestionType> = new Set(['when', 'where', 'who', 'how-many', 'how-often', 'why', 'list', 'compare', 'evolution', 'yes-no', 'which']);

export function asksOverview(text: string, types: readonly QuestionType[]): boolean {
  if (types.some((t) => SPECIFIC.has(t))) return false;
  const lower = normalizeForMatch(text);
  return OVERVIEW.some((re) => re.test(lower));
}
