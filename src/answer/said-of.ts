import type { ScoredUnit } from './unit-scoring.js';

/**
 * How much a unit says of what was asked, beyond matching its words: a position, or the figure, place or
 * person asked for — the evidence of the types `counts` keeps (by default every type after the layout's own).
 */
export function saidOf(counts: (typeIndex: number) => boolean = (i) => i > 0): (s: ScoredUnit) => number {
  return (s) => s.relevance * (1 + 0.8 * Math.max(0, ...s.evidence.filter((_, i) => counts(i))));
}
/** Units by what they say, most first; on a tie, in reading order. */
export function bySaidOf(said: (s: ScoredUnit) => number): (a: ScoredUnit, b: ScoredUnit) => number {
  return (a, b) => said(b) - said(a) || a.unit.order - b.unit.order;
}
export const said = saidOf();
