/** How far ahead the reversed reading must be for a line to count as strong evidence of visual order. */
const STRONG_GAIN = 8;
const DEFAULT_MARGIN = 3;
/** Pseudo-counts of damaged and clean lines every document starts with. */
const PRIOR_DAMAGED = 0.5;
const PRIOR_CLEAN = 10;

/**
 * The log-likelihood gain a line's reordered reading needs, given the whole document. The share of lines
 * with strong evidence estimates how much of the document was extracted in visual order; that share is
 * the prior odds every other line is judged against. A clean document (a few odd-looking lines) thus
 * needs much more evidence per line than a deck extracted backwards throughout.
 */
export function orderThreshold(lines: { tokens: number; gain: number }[], margin = DEFAULT_MARGIN): number {
  const eligible = lines.filter((l) => l.tokens >= 2);
  if (eligible.length === 0) return margin;
  const strong = eligible.filter((l) => l.gain > STRONG_GAIN).length;
  // A short document says little: the estimate leans towards "clean" until many lines agree.
  const share = Math.min(0.95, Math.max(0.01, (strong + PRIOR_DAMAGED) / (eligible.length + PRIOR_DAMAGED + PRIOR_CLEAN)));
  return margin + Math.log((1 - share) / share);
}
