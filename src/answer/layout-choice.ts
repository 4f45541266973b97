import { asksFactOfEachEvent, namesSeveralRecords } from '../question/events-asked.js';
import { spansYears } from '../question/time-range.js';
import type { QuestionAnalysis } from '../question/types.js';

/**
 * How the answer is laid out: a timeline for an evolution, or for "which statements… between 2017 and
 * 2019" (one line per document of the span); side by side for a comparison; otherwise a lead.
 */
export function layoutFor(analysis: QuestionAnalysis, eventsAsked: boolean): 'lead' | 'timeline' | 'compare' {
  const first = analysis.types[0];
  if (first === 'evolution') return 'timeline';
  if (first === 'compare') return 'compare';
  if (spansYears(analysis.time) && (first === 'which' || first === 'list' || first === 'when')) return 'timeline';
  if (asksFactOfEachEvent(analysis.text, analysis.types, analysis.time)) return 'timeline';
  // "What figures were given in the 2020 WRD statement, at the 2021 WRD event and at the 9th meeting in 2023?": a fact
  // of each of three records or more named by year or number, one line each (one record's lead answered for all).
  // (Named by the question itself: "…from 2019 to 2024? >> and before that, 2015-2017?" asks of one span, then another.)
  if (namesSeveralRecords(analysis.text) && first !== 'yes-no' && first !== 'definition') return 'timeline';
  // "Which ARCP meetings were held by videoconference?", «ما الاجتماعات التي عقدت عبر الاتصال المرئي؟»:
  // every event of the kind that fits, one line each (the 8th meeting alone answered it).
  return eventsAsked && first !== 'how-many' ? 'timeline' : 'lead';
}
