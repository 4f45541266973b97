import type { QuestionType } from '../question/types.js';
import { monthsNamed } from '../question/months.js';
import { normalizeForMatch } from '../text/normalize.js';
import { PRECISION_RANK } from './date-evidence.js';
import type { ScoredUnit } from './unit-scoring.js';
import { refersBackTo, unitText } from './units.js';

/**
 * "When was the regional consultation ESCWA organised in Beirut held?": of two sentences that date it, one "in
 * September 2017" and one "on 26–27 September 2017", the day leads unless it is much less relevant. Only a day of
 * the month the best gives is finer (the day of a 2021 celebration is no finer date of "when did the department take
 * its name?").
 */
export function finerDate(best: ScoredUnit, ranked: readonly ScoredUnit[], firstType?: QuestionType): ScoredUnit | undefined {
  if (firstType !== 'when' || best.dated !== 'month') return undefined;
  // (A day of the month the best gives: that event's day, not another's.)
  const months = new Set(monthsNamed(normalizeForMatch(unitText(best.unit))).map((m) => `${m.year}-${m.month}`));
  const ofThatMonth = (s: ScoredUnit) => monthsNamed(normalizeForMatch(unitText(s.unit))).some((m) => months.has(`${m.year}-${m.month}`));
  // (The same record's day of that month, however little of the question it says: «…اجتماعاً استثنائياً يومي 25 و26
  // يوليو/تموز 2017» beside its «انعقد الاجتماع الاستثنائي في يوليو/تموز 2017 بناءً على توصية…».)
  const close = (s: ScoredUnit) => s.documentId === best.documentId || (s.fit >= best.fit && s.relevance >= FINER_DATE_LEAD_MIN * best.relevance);
  return ranked.find((s) => s.dated === 'day' && s.evidence[0]! >= FINER_DATE_EVIDENCE && close(s) && ofThatMonth(s));
}
const FINER_DATE_LEAD_MIN = 0.8;
/** A meeting report's sentence dating another of its meetings' acts by day is evidence enough (0.8, date-evidence.ts). */
const FINER_DATE_EVIDENCE = 0.8;

/**
 * "When exactly was the 10th meeting?": the lead's own next sentence that goes on to date it more finely ("…opened
 * on a Monday in 2024… It was probably held on 27–28 May 2024") leads instead, shown with the sentence it refers
 * back to (units.ts). Asked without "held", the first sentence led and the reply said the day was not on record.
 */
export function datedByTheNext(lead: ScoredUnit, units: readonly ScoredUnit[], types: readonly QuestionType[]): ScoredUnit | undefined {
  const t = types.indexOf('when');
  if (t < 0) return undefined;
  const precision = PRECISION_RANK[lead.dated ?? 'year'];
  return units.find((s) => refersBackTo(s.unit, lead.unit) && s.dated !== undefined && PRECISION_RANK[s.dated] > precision && s.evidence[t]! >= FINER_DATE_EVIDENCE);
}
