import { unitYear } from './document-facts.js';
import type { ScoredUnit } from './unit-scoring.js';

/** A quote naming a holder leads a question of who holds it now if it is at least this relevant, relative to the best. */
const NOW_HOLDER_MIN = 0.7;

/**
 * "Who is the current director…?" (question/now-asked.ts): of the quotes that name a holder nearly as well as the best,
 * the latest record's. The best-worded one was a 2019 sentence; the 11th meeting's record (2025) names her too.
 */
export function latestHolder(ranked: readonly ScoredUnit[], best: ScoredUnit): ScoredUnit {
  const year = (s: ScoredUnit) => unitYear(s.unit) ?? 0;
  const holders = ranked.filter((s) => s.evidence[0]! >= 1 && s.score >= NOW_HOLDER_MIN * best.score);
  return holders.reduce((latest, s) => (year(s) > year(latest) ? s : latest), best);
}
