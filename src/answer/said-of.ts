import type { ScoredUnit } from './unit-scoring.js';

/**
 * How much a unit says of what was asked, beyond matching its words: a position, or the figure, place or
 * person asked for — the evidence of the types `counts` keeps (by default every type after the layout's own).
 * With `all`, each of them adds: of two meetings compared by "dates and purpose", the line that gives both.
 */
export function saidOf(counts: (typeIndex: number) => boolean = (i) => i > 0, { all = false } = {}): (s: ScoredUnit) => number {
  return (s) => {
    const held = s.evidence.filter((_, i) => counts(i));
    return s.relevance * (1 + 0.8 * (all ? held.reduce((sum, e) => sum + e, 0) : Math.max(0, ...held)));
  };
}
/** Units by what they say, most first; on a tie, in reading order. */
export function bySaidOf(said: (s: ScoredUnit) => number): (a: ScoredUnit, b: ScoredUnit) => number {
  return (a, b) => said(b) - said(a) || a.unit.order - b.unit.order;
}
export const said = saidOf();
