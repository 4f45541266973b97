import type { QuestionAnalysis, QuestionType } from '../question/types.js';
import { ofNoEventAsked } from './record-silence.js';
import { FULL_TEXT, type AnswerPlan } from './answer-plan.js';
import type { ScoredUnit } from './unit-scoring.js';
import { normalizeForMatch } from '../text/normalize.js';
import { unitPassage, unitText } from './units.js';

/**
 * The corpus says it does not hold what was asked, and its note outranks every quote that would answer,
 * those being about another meeting or year, or far weaker: nothing to answer with.
 */
export function onlyAbsence(plan: AnswerPlan, fit: Map<string, number>, analysis: QuestionAnalysis): boolean {
  const types = analysis.types;
  const gap = plan.gaps[0];
  if (!gap) return false;
  const lead = plan.quotes[0];
  if (!lead) return true;
  if (lead.score < ABSENCE_DOMINANCE * gap.score) return true;
  // "Was the 6th meeting held in person?": only the note holds the format, place or date asked ("whether it
  // was held in person… is not known"); quotes that hold none of it would pass for an answer.
  const facts = types.flatMap((t, i) => (ONE_FACT.has(t) ? [i] : []));
  const holds = (s: ScoredUnit) => facts.some((i) => s.evidence[i]! >= 0.6);
  // (A note that is the lead's next sentence, "…was held in 2018. The available sources do not give its
  // place", is said after it: the lead says what "its" is.)
  const goesOnFromLead = unitPassage(gap.unit) === unitPassage(lead.unit) && gap.unit.order === lead.unit.order + 1;
  // (Unless a quote answers another part asked: "the exact date of the 5th meeting, and the items of its agenda" has
  // the agenda beside the note that the month is not known.)
  const others = types.flatMap((t, i) => (ONE_FACT.has(t) ? [] : [i]));
  const answersAnother = plan.quotes.some((q) => others.some((i) => q.evidence[i]! >= 0.6));
  if (facts.length > 0 && holds(gap) && !plan.quotes.some(holds) && !goesOnFromLead && !answersAnother) return true;
  // "When was the 2nd meeting held?": the note names the meeting asked ("2nd regular meeting: its date… not
  // found"), no quote does ("eleven regular meetings by May 2025", the 9th meeting's date); a lead that
  // fits another meeting (the second extraordinary one, «إيمتى كان الاجتماع التاني؟») yields to it however
  // fully it gives that one's date. So does a lead that names no such meeting, from a record of none: «…في دورته
  // العادية الثانية والأربعين» (the League Council's 142nd session) for «متى عُقد الاجتماع العادي الثاني؟».
  const noneOfTheEvent = () => plan.quotes.every((q) => ofNoEventAsked(q, analysis));
  if (gap.fit > 1 && !plan.quotes.some((q) => q.fit > 1) && (gap.score >= lead.score || lead.fit < 1 || noneOfTheEvent())) return true;
  // «متى انعقد الاجتماع الرابع وما هي مخرجاته؟»: the date the lead gives answers one part, whatever the note
  // says of the other («مخرجاته غير متوفرة»); the note is then said beside it.
  if (holds(lead) && !holds(gap)) return false;
  return gap.score >= lead.score && ((fit.get(lead.documentId) ?? 1) < 1 || lead.coverage < 0.5 * gap.coverage);
}
/** Kinds of question one fact answers, which a note of absence can hold ("is not known"). */
export const ONE_FACT = new Set<QuestionType>(['when', 'where', 'who', 'how-many', 'how-often']);
/** A lead scoring under this share of the note of absence answers less of the question than the note. */
const ABSENCE_DOMINANCE = 0.5;

/**
 * "Which GFMD sessions have no ARCP contribution on record?", «أي دورات ما لقيتوا لها مساهمة؟», "we have a gap in 2022 —
 * was a statement issued?": what the record lacks is asked, and the record's own note of it is the answer ("No text of an
 * ARCP contribution was found for the 11th or the 13th session"), not a gap beside quotes on what it holds.
 */
const ABSENCE_ASKED = /\b(?:(?:have|has|had|with)\s+no|without|missing|lack(?:s|ed|ing)?|not\s+(?:found|on\s+record|issued)|no\s+(?:\w+\s+){0,3}?(?:found|on\s+record)|gaps?)\b|(?<![\u0621-\u064A])(?:لم\s+(?:يعثر|يصدر|تصدر|توجد|يوجد|تقدم|يقدم)|ما\s+(?:لقيتوا|لقيتو|لقينا|لقيتم|صدر)|لا\s+(?:يوجد|توجد)|بدون|غياب|فجو[ةه]|مفقود[ةه]?)(?![\u0621-\u064A])/iu;

/** The units, with the record's notes of what it lacks made quotable when that is what is asked. */
export function absenceAsAnswer(units: readonly ScoredUnit[], question: string): readonly ScoredUnit[] {
  if (!ABSENCE_ASKED.test(normalizeForMatch(question))) return units;
  // (Not a note that the text of a record is not held (FULL_TEXT): that says nothing of whether the record exists.)
  return units.map((s) => (s.unit.note === 'absence' && !FULL_TEXT.test(unitText(s.unit)) ? { ...s, unit: { ...s.unit, note: undefined } } : s));
}
