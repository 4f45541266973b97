import type { LetterQuestion } from '../question/letter.js';
import { ordinalMentions } from '../question/understand.js';
import { tokenize } from '../text/tokenize.js';
import { resolveFollowUp } from './followup.js';
import { YEAR } from './neighbour-follow-up.js';

/**
 * "GRF 2019 how many pledges? and the 2023 one?": a later question of one message that names only another year or
 * meeting of the one before it is asked as that question of it, as a follow-up of the next turn would be ("GRF 2023
 * how many pledges?"); with the first as its context it was answered with the meeting that prepared the 2023 forum.
 * ("…the date on which decision 7833 was adopted, and at which session?" stays a part with its context: the
 * question before is a request, which another question word would not ask.)
 */
export function asFollowUpOf(asked: LetterQuestion, before: LetterQuestion): LetterQuestion {
  const another = YEAR.test(asked.text) || ordinalMentions(tokenize(asked.text)).length > 0;
  if (!another || !asked.context?.endsWith(before.text)) return asked;
  const followUp = resolveFollowUp(asked.text, before.text);
  return followUp.isFollowUp && !followUp.context && followUp.text !== asked.text ? { ...asked, text: followUp.text, context: undefined } : asked;
}
