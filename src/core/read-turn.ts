import { classifyIntent, type ClassifyOptions } from '../intents/classify.js';
import { ruleSignals, STRONG_REQUEST_CUE } from '../intents/rules.js';
import { REQUEST_INTENTS, type IntentResult } from '../intents/types.js';
import { inContext } from '../question/letter.js';
import { normalizeForMatch } from '../text/normalize.js';
import { withQuestionWordsApart } from '../text/run-together.js';
import { resolveFollowUp, type FollowUp } from './followup.js';
import { recalledQuestion } from './remembered-question.js';
import { pointsAtTheAnswered, withAnsweredEventNamed } from '../question/answered-event.js';

/** What a turn asks, read with the question before it, and of which intent. */
export interface ReadTurn {
  followUp: FollowUp;
  intent: IntentResult;
}

/**
 * A follow-up ("and in 2024?") is read with the previous question before anything is decided, and is of its
 * kind: "and its partners?" after a question on the record is one too, not a greeting.
 */
export function readTurn(text: string, remembered: string | undefined, options: ClassifyOptions): ReadTurn {
  const { question: previous, answeredEvent } = recalledQuestion(remembered);
  const asked = resolveFollowUp(withQuestionWordsApart(text), previous);
  const alone = classifyIntent(inContext({ text: asked.text, context: asked.context }), options);
  // "main topic?" after a question: no pattern of a follow-up, and alone it read as a greeting.
  const leaning = asked.isFollowUp ? undefined : intentInTurn(asked.text, alone, previous);
  const read = leaning ? { followUp: { ...asked, isFollowUp: true, context: previous }, intent: leaning } : { followUp: asked, intent: alone };
  // "Which ARCP mtg prepped states for the 2nd GRF? >> and where was that mtg held?": what the turn leans on is the
  // meeting answered, unless it names another kind of event ("when was the GRF itself held?").
  const ofTheAnswer = answeredEvent && read.followUp.context === previous && pointsAtTheAnswered(read.followUp.text, answeredEvent);
  return ofTheAnswer ? { ...read, followUp: { ...read.followUp, text: withAnsweredEventNamed(read.followUp.text, answeredEvent), context: answeredEvent } } : read;
}

/**
 * A turn this short, after a question, may lean on it with no word that says so: "main topic?", «ووش الاجتماع
 * الدولي اللي كان يحضّر له؟». The follow-up patterns (followup.ts) name the ways a turn
 * points back; these are the turns none of them caught.
 */
const MAX_LEANING_WORDS = 8;

/**
 * The intent of a short turn read with the question before it, when read alone it asks nothing of the record
 * (a greeting, feedback or out of scope with no cue of its own, or a request with no strong cue: "main topic?"
 * got the help text, «…اللي كان يحضّر له؟» a registration ticket), and read with it, it is a question.
 */
function intentInTurn(text: string, alone: IntentResult, previous: string | undefined): IntentResult | undefined {
  if (!previous || alone.intent === 'position-question' || text.trim().split(/\s+/).length > MAX_LEANING_WORDS) return undefined;
  const { scores, salutation, thanks, questionMark, informationQuestion, namesEvent } = ruleSignals(normalizeForMatch(text));
  // (A turn naming a meeting or year of its own asks of that.)
  if (namesEvent || salutation || thanks || !(questionMark || informationQuestion)) return undefined;
  const ownCue = REQUEST_INTENTS.has(alone.intent) ? scores[alone.intent] >= STRONG_REQUEST_CUE : scores[alone.intent] > 0;
  if (ownCue) return undefined;
  const read = classifyIntent(inContext({ text, context: previous }));
  return read.intent === 'position-question' ? read : undefined;
}
