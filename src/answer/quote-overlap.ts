import { isStopword } from '../text/stopwords.js';
import { tokenize } from '../text/tokenize.js';
import { stemsOf } from './question-terms.js';
import type { ScoredUnit } from './unit-scoring.js';
import { unitText, type Unit } from './units.js';

/** Whether a candidate quote would say again what a chosen one says, or quote the same text. */

/** Share of a quote's words that another quote already says for it to add nothing. */
const RESTATED_SHARE = 0.8;

const wordsOfUnit = new WeakMap<Unit, Set<string>>();

/** A unit's content words, one stem each; read once per unit, as every candidate is set beside every chosen quote. */
function wordsOf(s: ScoredUnit): Set<string> {
  let words = wordsOfUnit.get(s.unit);
  if (!words) {
    words = new Set(tokenize(unitText(s.unit)).filter((t) => !isStopword(t)).map((t) => stemsOf(t)[0]!));
    wordsOfUnit.set(s.unit, words);
  }
  return words;
}

/**
 * A quote that says again what a chosen one says (the chronology's line beside the meeting report's own
 * sentence, "LAS headquarters in Cairo hosted… on 21–22 October 2015"): nearly all its words are there.
 */
export function restates(chosen: ScoredUnit, candidate: ScoredUnit): boolean {
  const own = wordsOf(candidate);
  if (own.size === 0) return false;
  const said = wordsOf(chosen);
  return [...own].filter((w) => said.has(w)).length >= RESTATED_SHARE * own.size;
}

/** Two units quoting the same text (a list and one of its items, or a sentence twice). */
export function overlaps(a: ScoredUnit, b: ScoredUnit): boolean {
  return a.unit.parts.some((pa) =>
    b.unit.parts.some((pb) => pa.passage.id === pb.passage.id && pa.start < pb.start + pb.text.length && pb.start < pa.start + pa.text.length),
  );
}
