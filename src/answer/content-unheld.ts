import { anyMatch, arabicWords, englishWords } from '../question/cues.js';
import type { QuestionAnalysis } from '../question/types.js';
import { normalizeForMatch } from '../text/normalize.js';
import type { AnswerPlan } from './answer-plan.js';
import type { ScoredUnit } from './unit-scoring.js';
import { unitText } from './units.js';

/**
 * "What did the 2017 Arab position paper say on a global social contract?", "the main messages of the paper
 * submitted for Berlin", «ما أبرز النقاط التي تضمنها الموقف العربي من محاور الدورة الرابعة عشرة؟»: what a record
 * said, asked of one the corpus holds only by its title, its type and the meeting that issued or discussed it. Its
 * own note says the content is not held; the quotes that name the paper read as an answer, and the note was not
 * shown. It is now said beside them, and the answer is partial.
 */
const SAID_ASKED = [
  englishWords(['say', 'said', 'says', 'messages?', '(?:main |key )?points', 'contents?', 'call(?:ed)? for', 'propos(?:e|ed|al|als)', 'recommend(?:ed|ations)?', 'stress(?:ed)?', 'argu(?:e|ed)', '(?:main |key )?(?:asks|demands|calls)']),
  arabicWords(['قال', 'قالت', 'ذكر', 'ذكرت', 'تضمن', 'تضمنت', 'مضمون', 'نقاط', 'رسائل', 'دعا', 'دعت', 'طالب', 'طالبت', 'اقترح', 'اقترحت'], { suffix: true }),
];
/** A quote that says what was said: a call, a stress, a rejection (not "position" or "adopted", which name a paper). */
const SAYS_WHAT = [
  englishWords(['call(?:ed|s)? (?:[^\\s.;,]+ ){0,6}?(?:for|on)', 'urg(?:e|ed|es)', 'stress(?:ed|es)?', 'affirm(?:ed|s)?', 'reaffirm(?:ed|s)?', 'emphasi[sz](?:e|ed|es)', 'demand(?:ed|s)?', 'recommend(?:ed|s)', 'welcom(?:e|ed|es)', 'reject(?:ed|s)?', 'condemn(?:ed|s)?', 'warn(?:ed|s)?', 'said', 'noted', 'stated']),
  arabicWords(['دعا', 'دعت', 'اكد', 'اكدت', 'شدد', 'شددت', 'طالب', 'طالبت', 'اوصي', 'اوصت', 'رحب', 'رحبت', 'رفض', 'رفضت', 'ادان', 'ادانت', 'حث', 'حثت', 'حذر', 'حذرت', 'قال', 'قالت', 'ذكر', 'ذكرت'], { suffix: true }),
];
/** The record's note that it lacks the content: "The content of … is not in this corpus", «مضمون … غير متوفر». */
const CONTENT_UNHELD = /\b(?:content|text|wording)\b[^.]{0,160}\bnot\s+(?:in\s+this\s+corpus|available|on\s+record)|(?:مضمون|نص)[^.]{0,160}غير\s+متوفر/u;

/** Whether a unit is the record's note that it lacks the content of a paper. */
export const saysContentUnheld = (s: ScoredUnit) => CONTENT_UNHELD.test(normalizeForMatch(unitText(s.unit)));

/** A unit this close to the lead's score makes its record one the answer is about. */
const NEAR_THE_LEAD = 0.5;

/** The plan's notes, with the note that the quoted record's content is not held when what it said is asked and no quote says it. */
export function withContentUnheld(plan: AnswerPlan, units: readonly ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit[] {
  // (A position's points asked, «ما أبرز النقاط التي تضمنها الموقف…», are a list of what it said.)
  const asked = analysis.types[0] === 'position' || (analysis.types[0] === 'list' && analysis.types.includes('position'));
  if (plan.layout !== 'lead' || !asked || plan.quotes.length === 0 || !anyMatch(SAID_ASKED, normalizeForMatch(analysis.text))) return plan.gaps;
  if (plan.quotes.some((q) => anyMatch(SAYS_WHAT, normalizeForMatch(unitText(q.unit))))) return plan.gaps;
  // The note of a quoted record, or of the paper itself when only the meeting that discussed it is quoted (its
  // agenda item «الموقف العربي من محاور الدورة الرابعة عشرة…» led): a record that holds a unit near the lead's score.
  const lead = plan.quotes[0]!;
  const documents = new Set([...plan.quotes, ...units.filter((u) => u.score >= NEAR_THE_LEAD * lead.score)].map((q) => q.documentId));
  const ofIt = (s: ScoredUnit) => documents.has(s.documentId);
  const note = units.find((s) => s.unit.note === 'absence' && ofIt(s) && saysContentUnheld(s));
  return note && !plan.gaps.includes(note) ? [note, ...plan.gaps] : plan.gaps;
}
