import type { QuestionAnalysis } from '../question/types.js';
import type { AnswerPlan } from './answer-plan.js';
import { normalizeForMatch } from '../text/normalize.js';
import { asksForAState, countriesNamed } from './countries.js';
import { quoteWithContext } from './record-silence.js';
import { asksWhatStateSaid, namesStateActing } from './state-speaker.js';
import type { ScoredUnit } from './unit-scoring.js';
import { unitText } from './units.js';

/** The states a question names: which quotes may lead, and whether the record says anything of them. */

/**
 * "Which Moroccan bodies represented the kingdom at the 9th meeting?": the lead's candidates are the units
 * that name the states asked (in their words, title or heading), when some do; the meeting's other
 * sentences said more of its words.
 */
export function ofTheStatesAsked(units: readonly ScoredUnit[], analysis: QuestionAnalysis, documentFit: ReadonlyMap<string, number>): readonly ScoredUnit[] {
  const asked = countriesNamed(analysis.text);
  if (asked.size === 0) return askedByName(analysis.text) ? namingStates(units) : units;
  // Of the meeting or year asked too: Egypt named in a 2023 statement says nothing of the 10th meeting.
  const meetingAsked = analysis.entities.mentions.some((m) => m.kind);
  const ofAsked = (s: ScoredUnit) => {
    const doc = documentFit.get(s.documentId) ?? 1;
    return meetingAsked ? s.fit > 1 || doc > 1 : s.fit >= 1 && doc >= 1;
  };
  // And about as much of the rest: the Syrian crisis «entering its sixth year» is no answer on return.
  const best = Math.max(0, ...units.map((s) => s.coverage));
  const naming = units.filter((s) => !s.unit.note && ofAsked(s) && s.coverage >= STATE_LEAD_COVERAGE * best && [...asked].every((c) => countriesNamed(quoteWithContext(s.unit)).has(c)));
  return naming.length > 0 ? naming : units;
}

/** A unit naming the state asked leads if it covers at least this share of what the best-covering unit does. */
const STATE_LEAD_COVERAGE = 0.8;

/**
 * "Which countries are members of the ARCP?", "Which member state proposed…?": states asked for by name lead with a
 * quote that names states ("the ARCP has 22 member states: Algeria, Bahrain…"), as much about the rest as the
 * best, not with the decision that created the ARCP "at the request of the Arab member states".
 */
function namingStates(units: readonly ScoredUnit[]): readonly ScoredUnit[] {
  const best = Math.max(0, ...units.map((s) => s.coverage));
  const naming = units.filter((s) => !s.unit.note && s.coverage >= STATE_LEAD_COVERAGE * best && countriesNamed(unitText(s.unit)).size > 0);
  return naming.length > 0 ? naming : units;
}
const MEMBERS_ASKED = /\b(?:what|which) (?:arab )?(?:states|countries) (?:are|were) (?:the )?(?:members|member states|part of)\b/;
const askedByName = (question: string) => asksForAState(question) || MEMBERS_ASKED.test(normalizeForMatch(question));

/**
 * "What did Egypt say at the 10th meeting?", "Who represented Jordan at the 11th meeting?": the quotes speak
 * of the meeting, and none of them, nor its document or section, names the state asked about. What that state
 * said or did is not on record.
 */
export function askedStateMissing(analysis: QuestionAnalysis, plan: AnswerPlan): boolean {
  const asked = countriesNamed(analysis.text);
  if (asked.size === 0 || plan.quotes.length === 0) return false;
  // A count asked of a state's people («كم مهاجر مغربي في أوروبا») is given by the quote that gives a number:
  // the list of member states that names Morocco gives none of its migrants.
  const counted = analysis.types.indexOf('how-many');
  const giving = counted < 0 ? [] : plan.quotes.filter((q) => (q.evidence[counted] ?? 0) >= 1);
  const quoted = (giving.length > 0 ? giving : plan.quotes).map((q) => quoteWithContext(q.unit));
  const named = new Set(quoted.flatMap((text) => [...countriesNamed(text)]));
  // What a state said is said by its delegate, minister or delegation: a list of members names it too.
  const spoke = (c: string) => !asksWhatStateSaid(analysis.text, c) || quoted.some((text) => namesStateActing(text, c));
  // Every state asked: Syria named is no answer on «اللاجئين السوريين في تركيا».
  return [...asked].some((c) => !named.has(c) || !spoke(c));
}
