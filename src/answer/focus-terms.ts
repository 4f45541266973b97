import { stemsOf, type TermPair } from './question-terms.js';

/** The concepts of what a question says it is about (question/focus.ts), as unit scoring weighs them. */

/** A concept of what the question says it is about ("…about Gaza?") weighs this much more. */
export const FOCUS_WEIGHT = 2;

/** Per concept, whether it names what the question says it is about. */
export function focusedConcepts(pairs: readonly TermPair[], focus: readonly string[]): boolean[] {
  // "climate-induced", "covid-19": the index reads each part as a word.
  const keys = new Set(focus.flatMap((w) => w.split('-')).flatMap(stemsOf));
  return pairs.map((p) => p.own?.alternatives.some((alt) => alt.some((word) => word.some((s) => keys.has(s)))) ?? false);
}

/**
 * Focused concepts no unit at hand holds ("the Rohingya displacement crisis", "climate-induced
 * displacement"), when they weigh two fifths of the focus or more: the rare word names the subject, and a quote
 * holding only "displacement" or "crisis" (which many would) answered a subject the record never speaks of.
 * Then no unit is on the focus. A focus the units hold in part ("burden sharing" and "Bahrain's
 * initiatives", quoted one by one) is held by any unit holding one of its concepts.
 */
const UNHELD_FOCUS_SHARE = 0.4;

export function focusUnheld(matchedSets: ReadonlyArray<ReadonlySet<number>>, focused: readonly boolean[], weights: readonly number[]): boolean {
  const total = focused.reduce((sum, f, k) => sum + (f ? weights[k]! : 0), 0);
  const unheld = focused.reduce((sum, f, k) => sum + (f && !matchedSets.some((m) => m.has(k)) ? weights[k]! : 0), 0);
  return total > 0 && unheld >= UNHELD_FOCUS_SHARE * total;
}
